/**
 * Who the words are about in the shorthand of records: the child named by
 * a sex and an age ("Male (15)", "15yo IC3 male"), by "YP" after a field
 * label that names adults, by a shorthand age ("a 16yo who"), or as a group
 * ("the girls at the unit"); a pronoun after "his uncle" or "adult
 * subscribers"; a predicate noun between the subject and the words; a
 * partner's age that is the only age given. Adults, and professionals named
 * by title and surname ("PC Hale"), in the same shapes stay quiet.
 */
import {describe, expect, it} from 'vitest'
import {lintSync} from '../../src/index.js'

/** Rule ids of the warnings and errors, in order. */
function flagged(text: string): string[] {
  return lintSync(text)
    .messages.filter((message) => message.fatal !== undefined)
    .map((message) => message.ruleId ?? '')
}

const aboutTheChild: ReadonlyArray<readonly [string, readonly string[]]> = [
  // A coordinated verb phrase keeps the first clause's subject.
  [
    'Mia (14) was collected from school by Liam, 29, who has a conviction for supply, and seemed to enjoy the attention.',
    ['enjoyed-it'],
  ],
  [
    'Tia, 15, was seen with Craig, 33, and Dean, 41, and was described by staff as very streetwise.',
    ['streetwise'],
  ],
  ['Amir, 16, was dropped at the flat by Reza, 36, and then keeps going back there.', ['keeps-going-back']],
  ['Kyle (15) was driven to the flat by Dean (30) and was keen to earn money.', ['happy-to']],
  // A relative clause with an adult's age inside it.
  ['Leah (15), whose uncle Jordan, 24, sells cocaine, has been working for him since May.', ['working-for']],
  // The child by sex and age, and the pronoun after it.
  ['Male (15) stopped in the stairwell; he is a known drug runner.', ['sex-noun-with-age', 'drug-runner']],
  ['15yo IC3 male stopped on Mill Road; he is a known drug runner.', ['year-old-female', 'drug-runner']],
  // A field label that names adults, with the child as the value's subject.
  ['Contact w/ exploiters: YP keeps going back to the flat on Mill Road.', ['keeps-going-back']],
  // A shorthand age, children as a group.
  ['Logged by the 15yo who keeps going back to the flat', ['keeps-going-back']],
  ['Summary: the girls at the unit egg each other on', ['led-them-on']],
  // A pronoun after the child's relative, or after "adult" as a modifier.
  [
    'Police officer: he says he is helping his uncle at the car wash but it is likely he is out selling.',
    ['selling-drugs'],
  ],
  ["Notes: Jade (15) selling photos to adult subscribers; she's earning good money.", ['earnings']],
  // The partner's age is the only age given, or every age is an adult's in a text about a YP.
  ["Placement: YP in a relationship w/ 'Baz' (23)", ['in-a-relationship-with']],
  ['YP has been sleeping with the owner of the car wash, who is 41.', ['slept-with']],
  // Children after a verb of saying; a child's age in a relative clause after a place.
  ['The manager said the girls at the home egg each other on', ['led-them-on']],
  ['The boy in room 9, who was about 16, was running a little business from the room.', ['working-for']],
  // "gave his age as 15": the main person's age.
  [
    'Officers stopped a van driven by Ardit Shala (38). One passenger gave his age as 15 and looks mid-twenties.',
    ['looks-older'],
  ],
]

const aboutTheAdult: readonly string[] = [
  'Liam, 29, who collected Mia (14) from school, has a conviction and seemed to enjoy the attention.',
  'Craig, 33, was seen with Tia, 15, and was described by staff as very streetwise.',
  'Reza (36), whose niece Amira, 15, lives with him, has been working for the gang since May.',
  'Dean (34) is a known drug dealer himself, recruiting younger boys from the estate.',
  'Perpetrator: Dwayne, 30, keeps going back to the flat.',
  'Summary: the men at the flat egg each other on',
  'The child trafficker in this case, Dwayne Amos (34), brought three children up from London by train.',
  "Placement: Baz (23) in a relationship w/ 'Jo' (24)",
  'Kyle (15) met Dean (30), who was keen to earn money.',
  'Donna has been sleeping with the owner of the car wash, who is 41.',
  'The man in room 9, who was about 40, was running a little business from the room.',
  'Officers stopped a van driven by Ardit Shala (38). He looks mid-twenties.',
  // A professional named by title and surname ("PC Hale", "DC Ahmed", "Nurse Evans").
  'PC Hale chose to stay with the girl until her carer arrived.',
  'DC Ahmed decided to stay at the address with Jade (15).',
  'Nurse Evans was happy to stay with her after the examination.',
  // A title alone ("Sgt", "Dr", "Insp") with nothing else about an adult in the sentence.
  'Sgt Wood chose to go back to the flat.',
  'Dr Khan decided to keep her in overnight.',
  'Insp Patel opted to wait outside the address.',
]

describe('who the words are about, in records’ shorthand', () => {
  for (const [text, rules] of aboutTheChild) {
    it(`flags words about the child: "${text}"`, () => {
      expect(flagged(text), text).toEqual(rules)
    })
  }
  for (const text of aboutTheAdult) {
    it(`stays quiet about the adult: "${text}"`, () => {
      expect(flagged(text), text).toEqual([])
    })
  }
})
