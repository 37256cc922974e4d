import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'made-up',
  category: 'disbelief',
  severity: 'error',
  target: 'action',
  phrases: [
    '{make} it|this|that|things|stuff|everything up',
    '{make} the whole thing up',
    '{make} the story|account up',
    '{make} up the|a|this|that story|account|allegation|allegations|claim',
    '{make} up stories|lies|things',
    'made up story|stories|account',
  ],
  message: '`{actual}` states that the child invented their account',
  suggestions: ['[record what was said and what has been found]'],
  note: 'Saying a child made it up can close the door on a child who is being exploited; partial and changing accounts are common. Record what the child said and what checks found.',
  sources: ['NSPCC-MAL', 'SEFTON-CRED', 'NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[made it up]] to avoid being moved, staff believe.',
        suggestions: ['[record what was said and what has been found]'],
      },
      'Staff believe Jade [[made it up]] to avoid being moved.',
      "Kyle [[makes things up]] to get attention, in the school's view.",
      'Mia [[made the story up]] after the row, officers think.',
      'Amira [[made up the story]] about the hotel, according to her mother.',
      'Officers think she is [[making the whole thing up]].',
      'It was a [[made-up story]] to explain the missing night, staff think.',
      'Tomasz [[makes up stories]] about his journey here.',
    ],
    correct: [
      'Jade did not make it up; the hotel records show she was there.',
      'Kyle made up the bed in his room before the visit.',
      'Avoid saying a child "made it up".',
    ],
  },
} satisfies RuleSpec
