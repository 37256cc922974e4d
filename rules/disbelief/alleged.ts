import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'alleged',
  category: 'disbelief',
  severity: 'warning',
  target: 'action',
  phrases: [
    'alleges|alleged|alleging that',
    'alleges|alleged|alleging $subj',
    'alleges|alleged|alleging to have',
    'alleges|alleging (sexual|physical)? @doubt-abuse-event',
  ],
  unless: [
    {
      precededBy: [
        'the|an|a|his|her|their|two|three|other? alleged? offender|offenders|perpetrator|perpetrators|suspect|suspects|abuser|abusers|man|men|exploiter|exploiters|trafficker|traffickers|adult|adults|male|males',
        'police|officers|CPS|prosecution|defence|defendant|defendants|charge|charges|indictment',
      ],
      within: 2,
    },
  ],
  message: "`{actual}` signals that the writer doubts the child's account",
  suggestions: ['said that', 'told [professional] that', 'described'],
  note: '"Alleged" plants doubt in every professional who reads the referral. Say what the child said, told or described, and who they told.',
  sources: ['NSPCC-ALLEGED', 'NSVRC', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[alleges that]] the men kept her at the flat for three days.',
        suggestions: ['said that', 'told [professional] that', 'described'],
      },
      'Kyle [[alleged he]] was made to carry drugs to Exeter.',
      'In interview she [[alleged that]] Deano hit her with a belt.',
      'Tomasz [[alleges to have]] been held in a cannabis grow in Hull.',
      '- YP [[alleges assault]] by Adult 1',
    ],
    correct: [
      'The alleged offender, Deano Smith, was charged on 4 May.',
      'Jade told her teacher that the men kept her at the flat for three days.',
      'Avoid words like "alleged" when recording a child\'s account.',
      'Kyle described being made to carry drugs to Exeter.',
      'The men alleged that Jade had stolen £200 from them.',
    ],
  },
} satisfies RuleSpec
