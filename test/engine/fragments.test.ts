/**
 * Fragments are text: a blaming term alone on a note line, after a date in
 * a chronology, after a person named by sex and age in a log, or in a table
 * row is a finding; it is a mention only when the document shows it is
 * guidance. Wrapped prose still reads as one sentence, and adults in the
 * same shapes stay quiet.
 */
import {describe, expect, it} from 'vitest'
import {lintSync} from '../../src/index.js'

/** Rule ids of the warnings and errors, in order. */
function flagged(text: string): string[] {
  return lintSync(text)
    .messages.filter((message) => message.fatal !== undefined)
    .map((message) => message.ruleId ?? '')
}

const findings: ReadonlyArray<readonly [string, readonly string[]]> = [
  // A lower-case note line after a short line is a line of its own.
  ['Notes from visit\nacts older\nNext visit Tuesday', ['acts-older']],
  ['Home visit\nvery mature for her age\nno answer at door', ['mature-for-age']],
  // Wrapped prose goes on across its line breaks.
  ['Ellie, 13, was driven to\nHull by Marcus, 30, and is described as\nstreetwise.', ['streetwise']],
  // A date opening a chronology line is not an adult's age.
  ['14/01/24 – YP motivated by financial gain', ['profit-motive']],
  ['03.02.25 – YP made his own choices', ['her-choice']],
  // The child named by sex and age in a log.
  ['Stop log: 15yo IC3 male, known runner, nothing found', ['year-old-female', 'drug-runner']],
  // A cell whose own words contain a guidance cue ("inappropriate") is not guidance.
  ['| YP (15) | inappropriate touching |', ['inappropriate-touching']],
  [
    '| Name | Concern |\n| Kai (15) | inappropriate relationship with older male |',
    ['inappropriate-relationship'],
  ],
  // A condition's following words stop at "and": the placement is no object of the match.
  [
    "Manager's note: she is making her own decisions and the placement cannot be expected to hold her",
    ['old-enough-to-decide'],
  ],
  // A field break (`:` in a phrase) reads a form's label with its value.
  ['Motivation: money', ['profit-motive']],
  ['Name: Kai (15)\nReason for missing: own choice\nReturned: 02:00', ['her-choice']],
  ['Level of coercion: none — YP seems settled', ['not-forced']],
  // Notes leave out a possessive inside a phrase: "changes story", "made own choices".
  ['Interview notes:\n- changes story\n- made own choices', ['changed-story', 'her-choice']],
  // "w/" is "with" and a bare "self" is the reflexive, as notes write them.
  ['- sleeping w/ older males', ['slept-with']],
  ['- can look after self', ['look-after-themselves']],
  // A checklist's notes column, or a bullet after a checklist, is the writer's own text.
  [
    '| Indicator | Present | Notes |\n| Going missing | Yes | with older boyfriend (24) |',
    ['older-boyfriend'],
  ],
  ['☐ Going missing\n- YP has older boyfriend (24)', ['older-boyfriend']],
  // Notes leave out the possessive before "own".
  ['YP went of own volition to the flat', ['went-willingly']],
]

const quiet: readonly string[] = [
  // The field break crosses the label's colon only: a sentence end, or a value after another field, is no value of it.
  'Motivation. Money was found in his room.',
  'Reason for missing: unknown. Money: £20 found on YP',
  'Suspect motive: money (Dean, 31)',
  'Motivation: keen to start college',
  // "w/" before an adult keeps the adult the object: a label after it is not the child.
  '- YP seen w/ known drug dealer (30s)',
  // An indicator checklist's own items, ticked or not.
  '☐ Older boyfriend/girlfriend\n☑ Going missing from home or care',
  '[x] Older boyfriend\n[ ] Unexplained money or gifts',
  '| Indicator | Present |\n| Older boyfriend | Yes |\n| Going missing | No |',
  'Marcus, 30, drove Ellie to\nHull and is described as a\nknown drug dealer.',
  '14/01/24 – Dean (24) motivated by financial gain',
  'Stop log: 34yo IC3 male, known runner, nothing found',
  '| Instead of | Use |\n| inappropriate relationship | sexual abuse |',
  '| Language to avoid | Use |\n| streetwise | exploited |',
  'She consented to the referral and information sharing.',
  'Consent: YP agreed to the referral and to speak to the police.',
]

describe('fragments, lines and cells are text', () => {
  for (const [text, rules] of findings) {
    it(`flags: ${JSON.stringify(text)}`, () => {
      expect(flagged(text), text).toEqual(rules)
    })
  }
  for (const text of quiet) {
    it(`stays quiet: ${JSON.stringify(text)}`, () => {
      expect(flagged(text), text).toEqual([])
    })
  }
})
