import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'uncooperative',
  category: 'responsibility',
  severity: 'warning',
  target: 'label',
  phrases: [
    'uncooperative|unco-operative|non-cooperative|non-co-operative',
    'non-compliant|noncompliant',
    'obstructive',
    'unwilling to assist|cooperate|co-operate|engage|support',
  ],
  unless: [
    'young-people-in-general',
    {followedBy: ['sleep|airway|airways|jaundice|uropathy|symptoms'], within: 1},
  ],
  message: '`{actual}` casts the child as obstructing help rather than being afraid or controlled',
  suggestions: [
    'frightened of [adult] and not yet able to speak to us',
    'did not want to talk to police; [child] said [reason]',
  ],
  note: 'A child who is being exploited may fear reprisals or have been told not to talk. Record what the child said and what may be stopping them.',
  sources: ['COP-MET', 'SEFTON-MS', 'OXON'],
  examples: {
    incorrect: [
      {
        text: 'Jade was [[uncooperative]] when officers found her in Hull.',
        suggestions: [
          'frightened of [adult] and not yet able to speak to us',
          'did not want to talk to police; [child] said [reason]',
        ],
      },
      'Kyle remains [[non-compliant]] with his safety plan.',
      'Amira was [[obstructive]] during the welfare check.',
      'Tomasz is [[unwilling to assist]] the investigation.',
      'Officers found Jade [[uncooperative]] at the station.',
    ],
    correct: [
      'The landlord was uncooperative when officers asked for the tenancy details.',
      'Is the potential victim willing to help with investigations? Yes.',
      'Kyle was treated for obstructive sleep apnoea in 2023.',
    ],
  },
} satisfies RuleSpec
