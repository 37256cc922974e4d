import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'naive',
  category: 'responsibility',
  severity: 'warning',
  target: 'label',
  phrases: [
    'naive|naïve|gullible',
    'easily led|fooled|influenced|manipulated|persuaded|swayed|duped|conned|impressed|taken-in',
    'too trusting',
  ],
  message: '`{actual}` blames the child for not seeing through deliberate grooming',
  suggestions: ['deliberately deceived by [adult]', 'groomed by [adult]'],
  note: 'Groomers deliberately deceive children; a child who trusts them is not at fault. Say what the adult did to deceive or groom the child.',
  sources: ['UKCIS', 'SAFESOUND'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[naive]] and believed he was 17.',
        suggestions: ['deliberately deceived by [adult]', 'groomed by [adult]'],
      },
      'Summary of concerns: missing x5, YP is [[easily manipulated]].',
      'Kyle is [[easily led]] by older boys.',
      'Amira was [[gullible]] and trusted the man online.',
      'She is [[too trusting]] of people she meets online.',
    ],
    correct: [
      'Jade was deliberately deceived by a 24-year-old who said he was 17.',
      'Staff were naive about the risks at the hotel.',
      'Avoid words such as "naive" when describing a groomed child.',
    ],
  },
} satisfies RuleSpec
