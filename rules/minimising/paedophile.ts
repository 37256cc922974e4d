import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'paedophile',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['paedophile(s)', 'pedophile(s)', 'paedo(s)', 'pedo(s)', 'paedophile ring(s)'],
  message: '`{actual}` is a diagnostic term that is imprecise for adults who abuse children',
  suggestions: ['adult who sexually abused [child]', 'perpetrator of child sexual abuse'],
  note: '"Paedophile" is a clinical term for a sexual interest, not a description of abuse; many abusers are not paedophiles. Describe what the adult did.',
  sources: ['IICSA-VSCP', 'NSPCC-LIST'],
  examples: {
    incorrect: [
      {
        text: 'Jade was groomed by a [[paedophile]] she met online.',
        suggestions: ['adult who sexually abused [child]', 'perpetrator of child sexual abuse'],
      },
      'The men were part of a [[paedophile ring]] operating in Telford.',
      'Staff heard the [[paedos]] had moved to Wigan.',
      'Officers say the [[paedophiles]] met Amira in a park.',
      'A [[pedophile]] hunter group filmed the man.',
      "Kyle's friends think the man is a [[pedo]].",
    ],
    correct: [
      'Jade was groomed by an adult she met online who then sexually abused her.',
      'Avoid terms such as "paedophile" in a referral.',
      'The men were an organised network that sexually abused girls in Telford.',
    ],
    info: [
      'Kyle said the other boys called the man a "[[paedo]]".',
      "Kyle's father called the man a [[paedo]] at the meeting.",
    ],
  },
} satisfies RuleSpec
