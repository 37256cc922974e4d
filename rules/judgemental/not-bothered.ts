import type {RuleSpec} from '../../src/types.js'

// Indifference given to the child as a trait: the negation is the judgement
// itself ("not arsed", "couldn't be bothered"), so the negation guard is off.
export default {
  id: 'not-bothered',
  category: 'judgemental',
  severity: 'warning',
  target: 'label',
  guards: {negation: false},
  phrases: [
    'not|never|nae @jv-degree? arsed',
    'can|cannot|could|will|would|do|does|did not|never? be? bothered|arsed',
    'cannot|cant be bothered|arsed',
    "does|did|do not give a toss|damn|monkeys|monkey’s|monkey's|shit|stuff|hoot|fig|flying-fig|rat’s-arse|rat's-arse",
    '{be} not|never @jv-degree? bothered|fussed',
    'not|never @jv-degree? bothered|fussed',
  ],
  unless: [
    'professional-subject',
    'adults-who',
    'young-people-in-general',
    // Not troubled by something: "was not bothered by the questions", "not fussed about the move".
    {followedBy: ['by|with-the-noise|that'], within: 1},
    // The choice frame's own words ("not bothered about going with them"): did-not-mind reports them.
    {followedBy: ['about going|staying|meeting|seeing|being|getting|travelling|sleeping|doing|having']},
    // "It was not bothered by the dog" and other things as the subject.
    {precededBy: ['it|this|that|which|nobody|no-one|none'], within: 2},
  ],
  message: '`{actual}` records the child as indifferent instead of asking why they disengage',
  suggestions: [
    'did not attend; [child] may fear [adult] or not trust services yet',
    'declined the return interview; reasons not yet explored',
  ],
  note: 'Calling a child "not arsed" or saying they "can’t be bothered" reads their withdrawal as a trait. Exploited children often disengage out of fear, shame or control by the adults. Record what they did and what may lie behind it.',
  sources: ['DURHAM', 'OXON', 'CWCT', 'NSPCC-LIST'],
  examples: {
    incorrect: [
      'Missing from care – return interview declined (YP [[not arsed]])',
      {
        text: 'Views of YP: not obtained – YP [[couldn’t be bothered]] to attend, as usual',
        suggestions: [
          'did not attend; [child] may fear [adult] or not trust services yet',
          'declined the return interview; reasons not yet explored',
        ],
      },
      'Kai (15) [[can’t be bothered]] with school or the YOT.',
      'She [[is not bothered]] and just laughs it off, staff say.',
      'Attitude: [[not fussed]], left after ten minutes',
      'Jade [[doesn’t give a toss]] what anyone says about the men.',
      '- [[not arsed]] re safety plan',
      'YP [[cant be arsed]] with the safety plan, per carer',
    ],
    correct: [
      'Staff couldn’t be bothered to chase the missing report, the review found.',
      'Reason: poor attendance, mum not bothered',
      'She was not bothered by the questions and answered clearly.',
      'It was not bothered by the noise.',
      'Avoid writing that a child "can’t be bothered"; describe what they did.',
    ],
  },
} satisfies RuleSpec
