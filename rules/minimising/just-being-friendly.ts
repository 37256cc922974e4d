import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'just-being-friendly',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    '@minimise-hedge being @jv-degree? friendly|affectionate|nice|kind|generous|helpful|caring|protective|fatherly|playful|overfriendly|over-friendly|over-familiar|tactile|touchy-feely|matey|pally|a-good-friend|a-gentleman|a-friend|supportive',
    '@minimise-hedge trying to help|look-after|protect|be-kind|be-friendly|be-nice $obj?',
    '@minimise-hedge looking out|after for? $obj',
    'mean|means|meant|meaning no harm',
    '{do} not mean anything|any-harm by it',
  ],
  unless: [
    'jv-reported-framing',
    'jv-mistaken-for',
    'negated-before',
    {followedBy: ['to|towards|with the other|younger? children|residents|pupils|staff|girls|boys|kids']},
  ],
  message: '`{actual}` excuses what an adult did to the child as kindness or a joke',
  suggestions: [
    '[adult] touched [child] on [body part] on [date]',
    '[adult] gave [child] [gift] and asked for [what]',
  ],
  note: 'Gifts, lifts, attention and "friendly" touching are how adults groom children. Describe what the adult did and said, not how it was meant.',
  sources: ['NSPCC-LIST', 'DURHAM', 'ZT', 'LM'],
  examples: {
    incorrect: [
      {
        text: 'DSL view: a misunderstanding, he was [[probably just being friendly]]',
        suggestions: [
          '[adult] touched [child] on [body part] on [date]',
          '[adult] gave [child] [gift] and asked for [what]',
        ],
      },
      'The driver was [[only being kind]] when he bought her food, the carer thinks.',
      'Her uncle [[meant no harm]] by the messages, mum said.',
      'The man in the shop was [[only being nice]] when he gave her vapes.',
      'He was [[just looking out for her]], the officer wrote of Deano (27).',
      'The landlord was [[only trying to help her]] by letting her stay.',
      "Her uncle [[didn't mean anything by it]], the school was told.",
    ],
    correct: [
      'Deano, 27, bought her food and gave her lifts, which is how he groomed her.',
      'Avoid saying an adult was "just being friendly" with a child.',
      'She was not just being friendly; she was frightened of him.',
      'Kai was just being friendly to the younger residents at tea.',
      'Jade was only joking when she said she would run away.',
    ],
  },
} satisfies RuleSpec
