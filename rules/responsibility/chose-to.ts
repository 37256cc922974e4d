import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'chose-to',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    '{choose}|{decide} to go|stay|return|leave|run|meet|live|remain|travel|abscond|sell|carry|deal|drink|use|hang|spend|visit|keep|continue|associate|get|be|take|send|share|post|hold|store|hide|work|smoke|see',
    '{choose}|{decide} to go back|missing',
    '{make} the|a decision to go|stay|return|leave|run|meet|live|remain|travel|abscond|sell|carry|deal|drink|use|hang|spend|visit|keep|continue|associate|get|be|take|send|share|post|hold|store|hide|work|smoke|see',
    '@choice-decide to @choice-act',
    '@choice-decide to @degree? keep|continue|carry-on @choice-ing'
  ],
  unless: [
    'choice-agency-subject',
    'choice-good-complement',
    {
      precededBy: [
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents',
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents who|that',
      ],
      within: 3,
    },
    {
      followedBy: [
        'part',
        'with us|staff|carers|foster-carers',
        'interviewed|accompanied|supported|referred',
        'seen alone',
        'seen by a|the',
        'up the offer',
        'home to $poss family|parents|mum|dad|carers',
        'in|at the|a safe-house|refuge|shelter|placement|hostel',
        'a|the|an|her|his|their school? nurse|doctor|worker|officer|advocate|counsellor|GP|social|teacher|police',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` presents going missing, staying or offending as the child’s free decision',
  suggestions: ['was groomed and pressured by [adult] to', 'was told by [adult] to'],
  note: 'Grooming, threats and debt shape what an exploited child does, so “chose to” puts the blame on the child. Say who pressured or controlled the child, or that the reasons are not yet understood.',
  sources: ['CWCT', 'TEES', 'TCS-LP'],
  examples: {
    incorrect: [
      'Staff think Kyle [[chooses to stay at]] the address in Slough.',
      {
        text: 'Jade [[chose to go]] to the flat in Hull again on Saturday.',
        suggestions: ['was groomed and pressured by [adult] to', 'was told by [adult] to'],
      },
      'Kyle [[chooses to stay at]] the address in Slough most weekends.',
      'Amira is [[choosing to go missing]] from her placement.',
      'Tomasz [[chose to carry]] the package to Bristol.',
      'He [[chose to go back to the men]] after his return interview.',
      'Holly [[chose to send]] the rest of the images.',
      'Viktor [[decided to stay at]] the car wash after his passport was taken.',
      'Maisie [[made the decision to get into the car]] with the two men.',
      'Tyler [[opted to carry on selling]] after the debt was paid.',
      'Minh went missing and it is believed he [[chose to rejoin the group]].',
      'Ryan (16) [[elected to remain]] at the address with the olders.',
      'Jade has [[made up her mind to go back]] to Luton.',
      'Since March she has [[opted to stay with]] the olders rather than at the unit.',
    ],
    correct: [
      'Jade chose to speak to a female officer.',
      'The panel chose to keep the case open for review.',
      'Kyle did not choose to stay at the flat; the men took his phone.',
      'Amira chose to be interviewed at her school.',
      'Police decided to take no further action.',
      'Jade chose to stay in the refuge rather than go home.',
      'Jade decided to see the school nurse on Monday.',
      'Avoid phrases such as "chose to go" in referral narratives.',
      'Mo decided to go to the police on his own.',
      'Ellie opted to give her account by video link.',
      'Jade decided to go back to school in September.',
      'The placement provider decided to move Leo out of the area.',
    ],
  },
} satisfies RuleSpec
