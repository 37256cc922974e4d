import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'historical-abuse',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'historic|historical abuse|CSE|exploitation|offences|offending|allegations|rape|rapes|trafficking|disclosure|disclosures',
    'historic|historical sexual abuse|exploitation|assault|assaults|offences',
    'historic|historical child sexual abuse|exploitation',
    'historic|historical child abuse',
    'historic|historical CSA|CSEA|CCE|grooming|assault|assaults',
    // The abuse called over: "the exploitation is historical", "the abuse is historic now".
    'exploitation|abuse|CSE|CCE|grooming|trafficking {be} @jv-degree? now? historical|historic',
  ],
  unless: ['jv-reported-framing'],
  message: '`{actual}` implies the abuse is over and done with',
  suggestions: ['non-recent abuse'],
  note: 'Survivors and the inquiry into child sexual abuse prefer "non-recent": the harm is not in the past for the person who experienced it.',
  sources: ['IICSA-VSCP', 'LM'],
  examples: {
    incorrect: [
      'Presenting need: [[historic CSA]] (aged 9–12), disclosed in 2024',
      {
        text: "Jade's file records [[historic abuse]] by her uncle in 2019.",
        suggestions: ['non-recent abuse'],
      },
      "The referral includes [[historical sexual abuse]] in a children's home.",
      "Kyle's mother raised [[historical CSE]] concerns from Bradford.",
      'There is [[historic child sexual abuse]] recorded on the file.',
      'There are [[historical child abuse]] concerns from 2018.',
      'Closing summary: the [[abuse is now historic]] and she is settled.',
      'Staff view: [[CSE is historical]], no current risk.',
    ],
    correct: [
      'The exploitation is ongoing and the risk is high.',
      'Avoid the term "historic CSA" in referrals.',
      'Jade told her worker about non-recent abuse by her uncle in 2019.',
      'Avoid the term "historic abuse"; say non-recent abuse.',
      'The historic town centre is where the men picked Jade up.',
    ],
  },
} satisfies RuleSpec
