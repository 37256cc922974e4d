import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'declined-support',
  category: 'responsibility',
  severity: 'warning',
  target: 'term',
  phrases: [
    'closed|closing|close as|because|since _ {decline}|{refuse}',
    'closed|closing|close as|because|since the|this? child|victim|YP {decline}|{refuse}',
    'NFA|no-further-action as|because|since _ {decline}|{refuse}',
    'NFA|no-further-action as|because|since the|this? child|victim|YP {decline}|{refuse}',
    '{decline}|{refuse} all support|help|services|intervention|offers',
    '{decline}|{refuse}|{reject} @det|all|any? help|support|services|intervention|offers',
    // Support counted against the child: "has been offered everything", "refused every offer".
    '{have}|{be} been offered everything|every-support|all-the-support|all-the-help|every-service|every-intervention',
    '{refuse}|{decline}|{reject} every|each offer|intervention|service',
    "does|did|do not want|need @det|any|our|your|my|further|more|professional|agency|anyone’s|anyone's? help|support|intervention|services|input|involvement",
  ],
  unless: [
    // "offered everything she asked for": the offer met the child's wish.
    {followedBy: ['$subj|that asked|needed|wanted|requested|chose']},
    {followedBy: ['to be|being shared|passed|sent|given|told|known|involved|disclosed|recorded'], within: 1},
    'choice-agency-subject',
    {precededBy: ['{say}|{tell}|{state}|{insist}|{feel}|{think}|{claim} that? $subj'], within: 1},
    {followedBy: ['from|with $poss? family|mum|dad|friends', 'to|for the|a? police|officers'], within: 1},
  ],
  message: '`{actual}` uses the child declining support as a reason to stop protecting them',
  suggestions: [
    'remains open: [child] has not yet accepted support; the plan for continued contact is [plan]',
  ],
  note: 'A child who is being exploited may decline help because of fear or control; that is a reason to keep trying, not to close. Record the plan for continued contact.',
  sources: ['COP-MET', 'SEFTON-MS'],
  examples: {
    incorrect: [
      'Kai (15) [[has been offered everything]] and still goes missing.',
      'He has [[refused every offer]] from the youth service.',
      {
        text: 'Case [[closed as she declined support]] from the service.',
        suggestions: [
          'remains open: [child] has not yet accepted support; the plan for continued contact is [plan]',
        ],
      },
      'Referral [[closed because the child refused]] a visit.',
      '[[NFA as victim declined]] to make a statement.',
      '[[No further action since he refused]] a home visit.',
      'Kyle has [[declined all support]] and the case will end.',
      'The case was [[closed as Jade declined support]].',
      'Kyle hasn’t engaged with any service and [[doesn’t want help]].',
      'Closure summary: YP [[refuses all support]]',
      'She has [[rejected the support]] offered by the ISVA.',
      'Plan: YP [[does not want any support]] at present, case to close',
    ],
    correct: [
      'Leah has been offered everything she asked for and has engaged well.',
      'The council refused every referral for a placement.',
      'Jade declined the youth worker this week; the plan is to offer contact again on 3 May.',
      'The case remains open and the youth worker will visit again on Friday.',
      'The case was closed as the family moved to Scotland.',
      'She does not want help from her family with the housework.',
      'The provider declined the support package for budget reasons.',
    ],
  },
} satisfies RuleSpec
