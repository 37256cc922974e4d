import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sex-noun-with-age',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    // Police and case-note shorthand gives the age in an aside: "female, 15,", "Male (15)", "females aged 14".
    'female|male|females|males , aged? @crime-child-age',
    'female|male|females|males aged @crime-child-age',
    'woman|man|young-woman|young-man|young-lady|lady , aged? @crime-child-age',
    'woman|man|young-woman|young-man|young-lady|lady aged @crime-child-age',
    // Plural adult nouns, and "young adult", with children's ages: "two men, aged 15 and 16", "both women (14 and 15)".
    'women|men|young-women|young-men|young-ladies|ladies|young-adult|young-adults , aged? @crime-child-age',
    'women|men|young-women|young-men|young-ladies|ladies|young-adult|young-adults aged @crime-child-age',
  ],
  unless: ['sex-adjective-for-adult'],
  guards: {age: true},
  message: '`{actual}` uses a police-style adult noun for a child',
  suggestions: ['girl', 'boy', 'child'],
  note: 'Recording a child as "female, 15" or "Male (15)" is the language used for adults and suspects, and erodes the fact that they are a child. Write "girl, 15", "boy (15)" or the child’s name and age.',
  sources: ['TCS-YJLC', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      {
        text: 'Stop log 02:10: [[female, 15]], found in the rear of a taxi with two adult males.',
        suggestions: ['girl', 'boy', 'child'],
      },
      '[[Male (15)]] stopped near the station with £300 and two phones.',
      'Two [[females aged 14]] were located at the hotel with a man of 40.',
      'Custody record: [[male, aged 16]], arrested on a train from London with wraps.',
      'Officers found a [[young woman, 15]], asleep in the back of the car.',
      'The caller described a [[man (16)]] being pushed into a van.',
      'CCTV shows a [[young man aged 15]] carrying the bag into the flat.',
      'Two [[men, aged 15]] and 16, were found in the property with the cannabis.',
      'Both [[women (14]] and 15) were taken to the station.',
      'We found the [[young adult, aged 16]], asleep on the sofa.',
      'Three [[young men aged 15]] were seen leaving the trap house.',
    ],
    correct: [
      'Suspect: male, 24, arrested at the scene.',
      'Two men, aged 30 and 42, were arrested at the property.',
      'The driver, a male aged 32, was arrested.',
      'Jade spoke to a female officer 15 minutes later.',
      'Stop log: girl, 15, found in the rear of a taxi.',
      'Avoid recording a child as "female, 15"; write "girl, 15".',
      'The female suspect, 15 years older than Mia, drove the car.',
    ],
  },
} satisfies RuleSpec
