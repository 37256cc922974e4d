import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'so-called',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: ['so called'],
  unless: [
    {followedBy: ['grooming gang(s)|network(s)|group(s)']},
    {
      followedBy: [
        "county|cuckooing|trap|deal|line|lines|honey|romeo|loverboy|lover|gangs|gang|modern|party|parties|postcode|elders|olders|runners|mules|shotters|'county|'trap|'honey",
      ],
    },
    {
      followedBy: [
        // An adult's title the writer doubts: "a so-called 'online uncle'", "her so-called new friend".
        'online|internet|new|older|adult|secret|special|best boyfriend|girlfriend|friend|friends|uncle|partner|mate|mates|daddy|protector|sponsor',
        'boyfriend|boyfriends|girlfriend|friend|friends|uncle|uncles|aunt|auntie|partner|mates|family|job|work|elders|olders|cousin|brother|sister|protector|gang|olders|employer|boss|sponsor|agent|landlord',
      ],
    },
  ],
  message: "`{actual}` puts the child's experience in scare quotes",
  suggestions: ['[describe what happened]'],
  note: '"So-called" before what a child described signals disbelief. Describe what happened plainly; it is fine before a label the exploiter gave themselves, such as a "boyfriend".',
  sources: ['NSPCC-ALLEGED', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Officers logged the [[so-called]] assault in the car park.',
        suggestions: ['[describe what happened]'],
      },
      'The [[so called]] kidnapping was not reported until June.',
      'Kyle owes the [[so-called]] debt to the elders.',
      'The [[so-called]] grooming started when Jade was 13.',
    ],
    correct: [
      "Harley has a so-called 'online uncle' who made her send pictures.",
      'Her so-called new friend, a man of 30, collected her from school.',
      "Jade's so-called boyfriend is a 27-year-old man from Bradford.",
      'The so-called elders are adults who run the line.',
      'The Casey audit looked at so-called grooming gangs in several towns.',
      'Avoid phrases such as "so-called" before a child\'s account.',
    ],
  },
} satisfies RuleSpec
