import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'agentless-passive',
  category: 'indicator',
  severity: 'info',
  target: 'term',
  phrases: [
    '{be}|{get} sexually|criminally? exploited|groomed|trafficked|abused|targeted|coerced|controlled|manipulated|threatened',
    '{have} been sexually|criminally? exploited|groomed|trafficked|abused|targeted|coerced|controlled|manipulated|threatened',
    'is|are|was|were being sexually|criminally? exploited|groomed|trafficked|abused|targeted|coerced|controlled|manipulated|threatened',
  ],
  guards: {agent: true},
  message: '`{actual}` does not say who did it',
  suggestions: ['was [exploited] by [adult]', '[adult] [exploited] [child]'],
  note: 'The decision-maker needs to know who exploited the person. Name the adult or adults, or describe them (age, nickname, role) if the name is not known.',
  sources: ['NRM-FORM', 'LSCB-TBL'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[was exploited]] over the summer holidays.',
        suggestions: ['was [exploited] by [adult]', '[adult] [exploited] [child]'],
      },
      'Kyle [[has been criminally exploited]] since at least March.',
      'We believe she [[was groomed]] online.',
      'Amira [[is being trafficked]] between Luton and Leeds.',
    ],
    correct: [
      'Jade was exploited by two adult men from Hull.',
      'Kyle was groomed by Marcus, 31, who gave him a phone.',
      'The men threatened Amira and she was controlled through a debt.',
      'He was trafficked by a network run by adults in Birmingham.',
    ],
  },
} satisfies RuleSpec
