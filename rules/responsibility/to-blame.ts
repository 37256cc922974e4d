import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'to-blame',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    'partly|partially|equally|also|somewhat|largely|jointly|at-least-partly to blame',
    '$poss own fault|doing',
    '{have} only|just? $self to blame',
    'only|just? has|had|have $self to blame',
    'partly|partially|equally responsible for what-happened|the-abuse',
    'partly|partially|equally responsible for $poss abuse|exploitation',
  ],
  message: '`{actual}` blames the child for abuse that adults carried out',
  suggestions: ['[adult] is responsible for [what happened]', 'was abused by [adult]'],
  note: 'A child is never to blame for being abused or exploited. State what the adults did.',
  sources: ['UKCIS', 'CASEY', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[partly to blame]] for what happened at the party.',
        suggestions: ['[adult] is responsible for [what happened]', 'was abused by [adult]'],
      },
      'It was [[her own fault]] for going to the flat.',
      'Kyle [[only has himself to blame]] for the debt.',
      'This is [[her own doing]], in the view of the carer.',
      'Kyle [[has only himself to blame]] for the debt.',
      'She is [[equally responsible for what happened]] that night.',
      'Jade is [[partly responsible for her abuse]] at the hotel.',
    ],
    correct: [
      'Jade is not to blame for what the men did.',
      'It was not her own fault; the men threatened her.',
      'Victim blaming implies that a victim is partly or wholly responsible for the abuse.',
    ],
    knownMisses: ['Staff felt it was her own fault for going to the flat.'],
  },
} satisfies RuleSpec
