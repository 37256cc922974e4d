import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'doesnt-add-up',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    "doesn't|didn't|don't add|stack up",
    'does|did|do not add|stack up',
    'not adding|stacking up',
    "doesn't|didn't|don't ring true",
    'does|did|do not ring true',
    "doesn't|didn't|don't hold water",
    'does|did|do not hold water',
  ],
  message: "`{actual}` dismisses the child's account without saying what differs",
  suggestions: ['details differ between accounts on [dates]; this can reflect fear or trauma'],
  note: "Gaps in a child's account are common when they fear the exploiters or have been coached. Record what differs and possible reasons.",
  sources: ['NRM-FORM', 'SEFTON-CRED', 'SEFTON-MS'],
  examples: {
    incorrect: [
      {
        text: "Jade's account of the night [[doesn't add up]].",
        suggestions: ['details differ between accounts on [dates]; this can reflect fear or trauma'],
      },
      "Kyle's explanation about the money [[does not add up]].",
      'The hotel story [[does not ring true]] to the sergeant.',
      'Staff feel her story is [[not adding up]].',
      'His explanation for the train ticket [[did not stack up]].',
      "The account of the journey [[doesn't ring true]] to officers.",
      'Her reasons for going to Luton [[do not hold water]].',
      "His reasons for having £300 [[didn't hold water]] with officers.",
    ],
    correct: [
      'Details of the journey differ between the accounts of 3 and 9 May.',
      'Avoid phrases like "doesn\'t add up" about a child\'s account.',
      'The hours Kyle worked add up to over 60 a week.',
    ],
  },
} satisfies RuleSpec
