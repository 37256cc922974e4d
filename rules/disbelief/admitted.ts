import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'admitted',
  category: 'disbelief',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{admit} to? @jv-ing-act',
    '{admit} that',
    '{admit} $subj',
    '{confess} to|that',
    '{admit} to police|officers|staff|me|us|her|him|them',
    '{own} up to',
    '{make} full? admissions',
    'full admissions',
  ],
  message: "`{actual}` frames the child's account as a confession of guilt",
  suggestions: ['told [professional] that', 'described being made to'],
  note: 'An exploited child describing what they were made to do is giving an account, not confessing. Say "told" or "described", and name who made them do it.',
  sources: ['NSPCC-ALLEGED', 'NRM-FORM', 'MSA-S45'],
  examples: {
    incorrect: [
      {
        text: 'Kyle [[admitted carrying]] the drugs from London to Exeter.',
        suggestions: ['told [professional] that', 'described being made to'],
      },
      'Jade [[admits that]] she went to the flat on Friday.',
      'In interview he [[admitted he]] had been selling for the elders.',
      'Amira [[confessed to]] taking the cash to the man in Luton.',
      'Tomasz [[owned up to]] growing cannabis in the house.',
      'Jay [[made full admissions]] to possession with intent to supply.',
      'There were [[full admissions]] from Kyle in interview.',
      'Mia [[admitted to being]] at the hotel with the men.',
      'Kyle [[admitted to officers]] that the bag was his.',
      'Chronology: 05/2023 YP [[admitted to staying]] at the Bolton address but refused to name anyone',
      'Leah (14) [[admits meeting]] the man from Snapchat twice.',
      'He [[admitted sending]] the pictures when the officer asked.',
    ],
    correct: [
      'Jade was admitted to hospital after the assault.',
      'Kyle was admitted to A&E with stab wounds on 4 June.',
      'Amira told officers she went to the flat on Friday.',
      'Avoid words like "admitted" for a child\'s account.',
      'The man admitted that he drove Kyle to Exeter.',
      'Leah was admitted to the ward for observation overnight.',
    ],
  },
} satisfies RuleSpec
