/**
 * Every bundled rule, composed from the category folders (alphabetical).
 * A test fails when a rule file is missing from its folder's index.
 */
import type {RuleSpec, Vocabulary} from '../src/types.js'
import adultification from './adultification/index.js'
import consent from './consent/index.js'
import criminalising from './criminalising/index.js'
import disbelief from './disbelief/index.js'
import indicator from './indicator/index.js'
import judgemental from './judgemental/index.js'
import label from './label/index.js'
import minimising from './minimising/index.js'
import responsibility from './responsibility/index.js'
import sexualising from './sexualising/index.js'

import {classes} from './classes.js'
import {conditions} from './conditions.js'
import * as choice from './vocabulary-choice.js'
import * as crime from './vocabulary-crime.js'
import * as judgement from './vocabulary-judgement.js'
import * as responsibilityVocabulary from './vocabulary-responsibility.js'

export {coverage} from './coverage.js'
export {sources, type Source, type SourceKey} from './sources.js'

/** The shared vocabulary the bundled rules are compiled against: word classes and named conditions. */
export const vocabulary: Vocabulary = Object.freeze({
  classes: Object.freeze({
    ...classes,
    ...choice.classes,
    ...crime.classes,
    ...judgement.classes,
    ...responsibilityVocabulary.classes,
  }),
  conditions: Object.freeze({
    ...conditions,
    ...choice.conditions,
    ...crime.conditions,
    ...judgement.conditions,
    ...responsibilityVocabulary.conditions,
  }),
})

/** Every bundled rule. */
export const rules: readonly RuleSpec[] = Object.freeze([
  ...adultification,
  ...consent,
  ...criminalising,
  ...disbelief,
  ...indicator,
  ...judgemental,
  ...label,
  ...minimising,
  ...responsibility,
  ...sexualising,
])
