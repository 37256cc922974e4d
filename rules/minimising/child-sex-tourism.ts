import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'child-sex-tourism',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['child sex tourism', 'child sex tourist(s)', 'sex tourism involving children', 'sex tourist(s)'],
  message: '`{actual}` frames the sexual abuse of children as a kind of tourism',
  suggestions: ['sexual exploitation of children in the context of travel and tourism'],
  note: 'The Luxembourg Guidelines prefer describing the sexual exploitation of children in the context of travel and tourism. Name the abuse and the adults who travelled to commit it.',
  sources: ['LUX'],
  examples: {
    incorrect: [
      {
        text: 'The man has convictions for [[child sex tourism]] in Cambodia.',
        suggestions: ['sexual exploitation of children in the context of travel and tourism'],
      },
      'Officers believe he is a [[child sex tourist]] who travels to the UK.',
      'The report links the hotel to [[sex tourism involving children]].',
      'The men were [[sex tourists]] who paid to abuse girls in the town.',
    ],
    correct: [
      'The man has convictions for sexually exploiting children abroad.',
      'Avoid the term "child sex tourism" in a referral.',
      'Jade was taken to a hotel in Blackpool by two adult men.',
    ],
  },
} satisfies RuleSpec
