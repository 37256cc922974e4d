import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'why-didnt-they',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    // Rhetorical blame questions (`@choice-blame-question`): "why didn't she just leave", "what did she expect".
    '@choice-blame-question',
  ],
  unless: ['choice-generic-subject'],
  message: '`{actual}` asks what the child did wrong instead of what the adults did',
  suggestions: ['what did [adult] do to [child]?', 'what stopped [child] from leaving or telling?'],
  note: 'Questions about why a child did not leave or tell put the burden on the child; fear, threats and grooming explain it. Ask what the adults did and what kept the child there.',
  sources: ['DURHAM', 'UKCIS', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: '[[Why didn’t she leave]] sooner?',
        suggestions: ['what did [adult] do to [child]?', 'what stopped [child] from leaving or telling?'],
      },
      'Well [[why doesn’t she just switch]] her phone off?',
      'She went to his flat at 2am, so [[what did she expect]]?',
      '[[What was he doing there]] at that time of night?',
    ],
    correct: [
      'Why did the men target her?',
      'The review asked why police did not act sooner.',
      'We explored what stopped her from leaving: the men had her phone.',
    ],
  },
} satisfies RuleSpec
