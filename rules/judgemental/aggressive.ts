import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'aggressive',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: [
    'known to-be|for-being aggressive|violent|intimidating|threatening',
    'can|could be very|quite|extremely|really? aggressive|violent|intimidating|threatening|intimidatory',
    '{present} as aggressive|violent|intimidating|threatening|intimidatory',
    'aggressive|violent|intimidating|threatening nature|personality|demeanour|demeanor|manner|tendencies|streak',
    'an? aggressive|violent|intimidating boy|girl|child|lad|teenager|young-person',
    'aggressive|violent|intimidating|threatening and aggressive|violent|intimidating|threatening',
    'aggressive|violent|volatile|hostile|confrontational and|or aggressive|violent|volatile|hostile|confrontational|dangerous',
    "$subj is|are|'s|'re|can-be|gets|get @jv-degree? @jv-degree? aggressive|violent|volatile",
  ],
  unless: ['young-people-in-general'],
  guards: {adults: true},
  message:
    '`{actual}` describes the child by a trait rather than a specific incident, which erodes their vulnerability',
  suggestions: ['[specific incident, e.g. shouted at staff] after [trigger]'],
  note: 'Labels like these are applied disproportionately to Black children and hide their vulnerability. Describe the specific incident and its context instead.',
  sources: ['OXON', 'DAVIS'],
  examples: {
    incorrect: [
      {
        text: 'Kyle [[can be aggressive]] towards staff.',
        suggestions: ['[specific incident, e.g. shouted at staff] after [trigger]'],
      },
      'Jade is [[known to be violent]] at school.',
      'He [[can be very intimidating]] on the estate.',
      'Tomasz [[presents as intimidating]] to other residents.',
      'Amira has an [[aggressive nature]].',
      'Kyle is [[aggressive and intimidating]] towards staff.',
      'He is [[an intimidating lad]] for his age.',
      'Obs: [[aggressive and dangerous]] to staff (YP 13)',
      '[[He is violent and volatile]] at home.',
      "[[She's very aggressive]] with her carers.",
    ],
    correct: [
      'The 28-year-old man can be violent and has threatened her family.',
      'Kyle punched a wall on 4 May after being told his phone would be taken.',
      'Avoid labels such as "aggressive" and "intimidating" for children.',
      'Carl (29) is described by neighbours as aggressive and intimidating.',
      'The 38-year-old’s behaviour towards staff was aggressive and he was removed from the home.',
    ],
  },
} satisfies RuleSpec
