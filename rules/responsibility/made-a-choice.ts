import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'made-a-choice',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    '{make} a|the|this|that choice',
    '{make} a|the|this|that conscious|informed|deliberate choice|decision',
    '{make} an informed|intentional|active|educated choice|decision',
    // The child's own choices named as the cause: "YP's own choices are the main risk factor".
    '$owner own choices|decisions',
  ],
  unless: [
    // "help Tia make her own decisions", "respect his own choices": the child's proper say.
    {
      precededBy: [
        '{make}|{take}|{respect}|{support}|{help}|{encourage}|{allow}|{let}|{value}|{hear}|{explore}|{discuss}|{understand}|{reach}|{express}',
      ],
      within: 1,
    },
    {
      followedBy: [
        'about|regarding|on|around|over school|college|education|contraception|treatment|health|care|the-plan|placement|support|where|what|who|how',
      ],
      within: 1,
    },
    {followedBy: ['between|of|about'], within: 1},
    {
      followedBy: [
        'to speak|talk|tell|disclose|report|give|attend|ask|seek|contact|call|phone|ring',
        'to go to|back-to the? police|school|college|home|refuge',
        'to leave him|them|the-men|the-group|the-gang|the-relationship',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` frames the child’s exploitation as something they decided',
  suggestions: ['was pressured by [adult]', 'was groomed by [adult]'],
  note: 'A child cannot make a free choice about their own exploitation; grooming, threats and debt remove that choice. Say who pressured or controlled the child and how.',
  sources: ['CWCT', 'TEES', 'TCS-LP'],
  examples: {
    incorrect: [
      'Kai (15) [[made an informed choice]] to carry for them.',
      {
        text: 'Amira has [[made a choice]] to stay with the older men.',
        suggestions: ['was pressured by [adult]', 'was groomed by [adult]'],
      },
      'Kyle [[made this choice]] himself, in the view of the officer.',
      'Jade has [[made a conscious decision]] to return to Leeds.',
      "Outcome: [[YP's own choices]] are the main risk factor",
    ],
    correct: [
      'The panel made an informed decision to close the case.',
      'The panel made a choice between two placements.',
      'Jade made a choice about which school to attend.',
      'Kyle did not make a choice; the men told him what to do.',
      'She made the choice to speak to police on 4 May.',
      'She made the choice to tell her teacher about the men.',
      'The plan will help Tia make her own decisions about where she wants to live.',
    ],
  },
} satisfies RuleSpec
