/**
 * The extension's settings: which sites it checks, the preset, the
 * categories and the team's allowed phrases. The user's live in
 * `storage.local`; an administrator's (`storage.managed`, set by policy,
 * see managed-schema.json) win field by field. Text is never stored.
 */
import {categories} from '../../src/vocabulary.js'
import type {Category, Options} from '../../src/types.js'

/** Every setting. */
export interface Settings {
  /** Origins the extension checks, such as `https://nrm.example.gov.uk`. */
  readonly sites: readonly string[]
  /** Who narratives are about (`child` unless set). */
  readonly preset: 'child' | 'adult'
  /** Categories reported; the rest are off. */
  readonly categories: readonly Category[]
  /** The team's accepted wording, never reported. */
  readonly allow: readonly string[]
  /** Date ages are read at when the text dates no event (default: today). */
  readonly referenceDate?: string
}

/** Settings whose value the administrator set (the options page locks them). */
export type Locked = Readonly<Partial<Record<keyof Settings, true>>>

/** What the extension uses: the user's settings with the managed ones on top. */
export interface Effective {
  readonly settings: Settings
  readonly locked: Locked
  /** Sites the administrator enabled (the user cannot remove them). */
  readonly managedSites: readonly string[]
}

/** Settings before the user or an administrator changes anything. */
export const defaults: Settings = Object.freeze({
  sites: [],
  preset: 'child',
  categories: categories.filter((category) => category !== 'indicator'),
  allow: [],
})

/** The origin (`scheme://host[:port]`) of an http(s) URL, else `undefined`. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}

/** The host permission pattern of an origin (match patterns carry no port). */
export function patternOf(origin: string): string {
  const url = new URL(origin)
  return `${url.protocol}//${url.hostname}/*`
}

/** Keep only well-formed settings from storage or policy (anything else is ignored). */
export function clean(raw: unknown): Partial<Settings> {
  if (typeof raw !== 'object' || raw === null) return {}
  const value = raw as Record<string, unknown>
  const strings = (list: unknown): string[] | undefined =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : undefined
  const result: {-readonly [K in keyof Settings]?: Settings[K]} = {}
  const sites = strings(value.sites)?.flatMap((site) => originOf(site) ?? [])
  if (sites) result.sites = [...new Set(sites)]
  if (value.preset === 'child' || value.preset === 'adult') result.preset = value.preset
  const chosen = strings(value.categories)
  if (chosen) result.categories = categories.filter((category) => chosen.includes(category))
  const allow = strings(value.allow)
  if (allow) result.allow = allow.filter((phrase) => phrase.trim() !== '')
  if (typeof value.referenceDate === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.referenceDate))
    result.referenceDate = value.referenceDate
  return result
}

/** Merge the user's and the administrator's settings; managed values win, managed sites add. */
export function merge(user: unknown, managed: unknown): Effective {
  const mine = clean(user)
  const theirs = clean(managed)
  const managedSites = theirs.sites ?? []
  const locked: Partial<Record<keyof Settings, true>> = {}
  for (const key of Object.keys(theirs) as Array<keyof Settings>) if (key !== 'sites') locked[key] = true
  if (managedSites.length > 0) locked.sites = true
  const settings: Settings = {
    ...defaults,
    ...mine,
    ...theirs,
    sites: [...new Set([...managedSites, ...(mine.sites ?? [])])],
  }
  return {settings, locked, managedSites}
}

/** Engine options for the settings: preset, allowed phrases, categories turned off. */
export function toOptions(settings: Settings): Options {
  const off = categories.filter((category) => !settings.categories.includes(category))
  return {
    preset: settings.preset,
    allow: [...settings.allow],
    rules: Object.fromEntries(off.map((category) => [category, 'off' as const])),
    ...(settings.referenceDate === undefined ? {} : {referenceDate: settings.referenceDate}),
  }
}
