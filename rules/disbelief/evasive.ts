import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'evasive',
  category: 'disbelief',
  severity: 'warning',
  target: 'action',
  phrases: [
    'vague and|or evasive|guarded|unhelpful|inconsistent',
    'evasive',
    'evasively',
    'cagey',
    'deliberately|purposely|purposefully vague',
    '{be} being vague',
    'economical with the truth',
    'selective memory|amnesia',
    '{be} vague about|when|regarding|in|on',
    '{remain} vague about|when|regarding',
    'vague account(s)|answers|responses|explanation(s)',
  ],
  unless: [
    {followedBy: ['action|manoeuvre|manoeuvres|driving']},
    {followedBy: ['because|due|owing|given', 'as $subj', 'out of fear'], within: 5},
    {
      precededBy: [
        'plan|plans|record|records|information|guidance|policy|form|forms|referral|notes|details|report|reports|timeline|data|log|logs|intelligence|description|descriptions|memory',
      ],
      within: 2,
    },
  ],
  message: "`{actual}` reads the child's reluctance to talk as deceit",
  suggestions: ['did not feel able to say more; this may reflect fear of [adult]'],
  note: 'Children who are frightened of exploiters or groomed not to tell often say little. Record what the child did and did not say and possible reasons, such as fear.',
  sources: ['NRM-FORM', 'SEFTON-CRED', 'WMAS-CL'],
  examples: {
    incorrect: [
      'In interview Demi (15) was [[vague and guarded]] about the flat.',
      {
        text: 'Jade was [[evasive]] when asked where she had been.',
        suggestions: ['did not feel able to say more; this may reflect fear of [adult]'],
      },
      'Kyle spoke [[evasively]] about the phone.',
      'Amira was [[cagey]] about the man in the car.',
      'Tomasz is [[deliberately vague]] about his journey.',
      'She was [[economical with the truth]] about the hotel.',
      'Mia has a [[selective memory]] about the weekend, her carer says.',
      'At the return interview Kyle [[was being vague about]] the money.',
      'Jade [[was vague about]] the men she met at the park.',
      'Amira [[remains vague about]] where she sleeps at weekends.',
      'Tomasz gave [[vague answers]] about his journey to the UK.',
    ],
    correct: [
      'Jade did not feel able to say where she had been; she may fear the men.',
      'The man gave evasive answers in interview.',
      'The safety plan is vague about who will collect Jade from school.',
      'Avoid words such as "evasive" for a frightened child.',
    ],
  },
} satisfies RuleSpec
