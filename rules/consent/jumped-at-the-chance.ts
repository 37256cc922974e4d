import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'jumped-at-the-chance',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    // Idioms of eagerness (`@choice-eager-idiom`): "keen as mustard", "jumped at the chance", "game for anything".
    '@be @choice-degree? @choice-eager-idiom',
    '@seem @choice-degree? @choice-eager-idiom',
    '@choice-eager-idiom',
    '@choice-eager-idiom to @choice-act',
    '@be|@seem @choice-degree? @choice-eager-idiom to @choice-act',
  ],
  unless: [
    'choice-good-complement',
    'choice-generic-subject',
    // "jumped at the chance to join the boxing club": the complement decides; the full frame is tested on its own.
    {
      followedBy: [
        'to @exploit-act|join|attend|learn|play|train|study|start|try|take|help|speak|talk|tell|do|have|make|get|be|come|meet|see|visit',
      ],
      within: 1,
    },
    // "set up for it", "signed up for anything": not the idiom.
    {
      precededBy: ['set|signed|sign|signs|signing|lined|line|gear|geared|teed|make|made|makes|open|opened'],
      within: 1,
    },
  ],
  message: '`{actual}` presents the child as eager to take part in their own exploitation',
  suggestions: ['was [groomed / pressured] by [adult] to', 'was told by [adult] to'],
  note: 'Eagerness is how grooming looks from outside: gifts, attention, debt and threats make a child seem keen. Say what the adults offered, asked or threatened, and when.',
  adult: {
    message: '`{actual}` presents the person as eager to take part in their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['ZT', 'TCS-LP', 'CCE-DEF', 'UKCIS'],
  examples: {
    incorrect: [
      'Kyle [[was on board with it]] from the start, per the DC.',
      'She [[bought into the lifestyle]] quickly.',
      {
        text: 'Leah [[jumped at the chance to stay at]] the flat on Friday.',
        suggestions: ['was [groomed / pressured] by [adult] to', 'was told by [adult] to'],
      },
      'Mia [[seemed keen as mustard]] when Deano rang.',
      '- [[game for anything]] the olders ask',
      'Kyle [[is game for another run]] to Bristol, per his worker.',
      'Tyler [[leapt at the offer]] when the elders asked.',
      'YP (15) [[was game for it]], staff felt.',
      "Jade's [[all for it]] whenever they message her.",
      'He [[needed no telling twice]] when they asked him to hold the bag.',
      'Mia [[seemed keen as mustard to get in the car]] when Deano rang.',
    ],
    correct: [
      'Mum was on board with the safety plan.',
      'Leah is on board with the plan to move school.',
      'Leah jumped at the chance to join the boxing club.',
      'Kyle is game for a kickabout with his mentor.',
      'Mia is keen as mustard about her new course at college.',
      'The two men jumped at the chance to take her to Leeds.',
      'She was not up for it and told him to stop.',
      'Kyle signed up for it at the youth centre.',
      'Avoid phrases such as "jumped at the chance" about a child.',
    ],
  },
} satisfies RuleSpec
