import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'experimenting-sexually',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'experimenting|experimented sexually',
    'sexual experimentation',
    'sexually experimental',
    'experimenting|experimented with sex|boys|men|girls|older',
    'experimenting|experimented with $poss sexuality',
    'activity|contact|behaviour|touching @be @jv-degree? experimental|exploratory',
  ],
  message: '`{actual}` recasts sexual abuse as the child exploring their sexuality',
  suggestions: ['was sexually abused by [adult]'],
  note: 'Sexual contact between an adult and a child is abuse, not experimentation. Name the adult and what they did.',
  sources: ['ZT', 'LSCB-TBL', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      {
        text: 'Jade (13) is [[experimenting sexually]] with older boys.',
        suggestions: ['was sexually abused by [adult]'],
      },
      'The GP put it down to [[sexual experimentation]].',
      'Mia has been [[experimenting with men]] she meets online.',
      'In the notes Kyle is [[sexually experimental]] for his age.',
      'Staff think Amira is [[experimenting with her sexuality]] with the 20-year-old.',
      'The sexual [[activity was experimental]] according to the school.',
    ],
    correct: [
      'Jade (13) has been sexually abused by older males.',
      'Avoid phrases like "sexual experimentation" about abuse.',
      'Kyle is experimenting with new recipes at college.',
    ],
  },
} satisfies RuleSpec
