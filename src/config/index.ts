/**
 * Configuration, control directives and template placeholders: the
 * browser-safe half of the CLI (no `node:*`).
 */
export {validateConfig, toOptions, denyRule, type Config, type DenySpec} from './config.js'
export {ConfigError, closest} from './errors.js'
export {loadConfigParser, parseConfigText} from './parse.js'
export {validatePack} from './packs.js'
export {
  applyDirectives,
  parseDirectives,
  type Directive,
  type DirectiveKind,
  type DirectiveReport,
  type UnusedDirective,
} from './directives.js'
export {maskPlaceholders, unmask, maskFor, type Masked, type Placeholder} from './placeholders.js'
