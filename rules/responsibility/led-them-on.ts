import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'led-them-on',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    // The child as the instigator of the adults' acts (`@choice-instigate`):
    // "egged them on", "came on to him", "threw herself at them". Sexual contact
    // started by the child ("initiated it", "made the first move") is initiated-sex;
    // "initiated the contact" online is contacting-adults-online.
    '@choice-instigate',
  ],
  unless: [
    'choice-generic-subject',
    'choice-good-complement',
    // "invite them to the review", "encourage them to report".
    {
      followedBy: ['to speak|talk|report|tell|attend|come|engage|call|contact|stop|leave|get|seek'],
      within: 1,
    },
  ],
  message: '`{actual}` casts the child as the one who started the abuse',
  suggestions: ['was groomed by [adult], who [act]', '[adult] initiated [act]'],
  note: 'Adults are responsible for sexual or criminal contact with a child, whatever the child said or did; the instigator framing is the abuser’s story. Say what the adult did.',
  sources: ['ZT', 'UKCIS', 'DFE-CSE', 'SOA-AGE'],
  examples: {
    incorrect: [
      'Jade (14) [[contacted him first]] on Snapchat.',
      '[[It was her idea to go]] to the flat, the log says.',
      {
        text: 'The girls at the home [[egg each other on]], per the manager.',
        suggestions: ['was groomed by [adult], who [act]', '[adult] initiated [act]'],
      },
      'She was [[leading the men on]], per the driver.',
      'Jade (14) [[came on to him]] at the party.',
      'She [[threw herself at them]] in the car park.',
      'Ellie [[came onto him]] in the car park.',
      'Jade kept [[coming on to him]] at the flat.',
      'Ellie [[led them on]] at the party.',
      'Officers felt Tia (14) [[threw herself at him]] at the party.',
    ],
    correct: [
      'The 30-year-old contacted her first on Snapchat.',
      'It was her idea to tell the police.',
      'The men egged each other on, CCTV shows.',
      'Staff will encourage them to report any contact.',
      'Jade did not make the first move; he messaged her for weeks.',
      'The adult initiated the contact on Snapchat.',
    ],
  },
} satisfies RuleSpec
