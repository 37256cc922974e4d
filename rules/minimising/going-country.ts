import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'going-country',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['{go} country|cunch|OT', 'out country|cunch|OT', 'country trip(s)', 'OT trip(s)', 'on OT'],
  unless: ['slang-explained'],
  message: "`{actual}` adopts exploiters' slang for sending a child to sell drugs away from home",
  suggestions: ['was taken to [town] and made to sell drugs from [address]'],
  note: "Exploiters' slang makes trafficking sound like a trip. Describe the facts: who took the child where, when, and what they were made to do.",
  sources: ['CARDIFF-TERMS', 'CARDIFF-LANG', 'CL-GUID'],
  examples: {
    incorrect: [
      {
        text: 'Kyle has been [[going country]] to Exeter most weekends.',
        suggestions: ['was taken to [town] and made to sell drugs from [address]'],
      },
      'Jay [[went OT]] for two weeks in March.',
      'He was [[out country]] when his mother reported him missing.',
      'This was his third [[country trip]] since Christmas.',
      'Tomasz was [[on OT]] in Swindon when he was arrested.',
      'The boys talked about [[OT trips]] on Snapchat.',
    ],
    correct: [
      'Kyle was taken to Exeter by adults and made to sell drugs from a flat.',
      'Jay will see the OT about his wheelchair on Monday.',
      'The glossary lists slang such as "going country" and "OT".',
    ],
    info: ['Kyle told me he was "[[going country]]" to pay off the debt.'],
  },
} satisfies RuleSpec
