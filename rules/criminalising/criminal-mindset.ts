import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'criminal-mindset',
  category: 'criminalising',
  severity: 'error',
  target: 'action',
  guards: {adults: true},
  phrases: [
    // Crime as the child's character or career: "criminally minded", "a criminal mindset", "entrenched in offending".
    'criminally minded|inclined|sophisticated|active',
    'criminal mindset|mind-set|attitude|attitudes|thinking|identity',
    '{be} entrenched|embedded|immersed|steeped|ingrained in offending|crime|criminality|the-gang|gang-culture|gang-life|criminal-activity',
    '{make} a career|living out-of|from|in crime|offending|dealing|drugs|selling|theft',
    'a career|living out-of|from|in crime|offending|dealing',
    'pro-criminal|procriminal attitude(s)|peers|values|thinking|identity',
  ],
  unless: ['professional-subject', 'young-people-in-general', 'adults-who'],
  message: '`{actual}` casts the exploited child as a criminal by nature',
  suggestions: ['is being criminally exploited by [adult]', 'has been drawn into [activity] by [adult]'],
  note: 'Crime a child commits under exploitation is done for the adults’ gain, often through debt, threats or grooming; describing it as the child’s mindset or career hides the exploitation and can defeat the section 45 defence. Say who is exploiting the child and how.',
  sources: ['CCE-DEF', 'TCS-YJLC', 'MSA-S45', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'Kyle (15) [[is entrenched in offending]] with older males.',
        suggestions: [
          'is being criminally exploited by [adult]',
          'has been drawn into [activity] by [adult]',
        ],
      },
      'YOT view: Kai is [[criminally minded]] and unlikely to change.',
      'He has a [[criminal mindset]], per the PNC summary.',
      '- [[pro-criminal attitudes]] and peers',
      'Kyle, 16, has [[made a career out of crime]].',
      'He is [[making a living from dealing]] on the estate.',
      'Kyle (14) [[is steeped in gang-culture]], the PNC note reads.',
    ],
    correct: [
      'Kyle is not criminally minded; he was groomed from the age of 12.',
      'The men, aged 28 and 31, are entrenched in offending.',
      'Adults who make a living from crime target children like Kyle.',
      'Children who are exploited may appear to be entrenched in offending.',
    ],
  },
} satisfies RuleSpec
