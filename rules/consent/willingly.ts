import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'willingly',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    'willingly',
    'voluntarily {get}|{carry}|{sell}|{hold}|{hide}|{deliver}|{send}|{join}|{stay}|{return}|{travel}|{go}|{leave}|{hand}|{board}|{accept}',
    '{get} into|in the|a|his|their? car|van|taxi voluntarily',
    '{carry}|{sell}|{hold}|{hide}|{deliver}|{send}|{join} _? _? voluntarily',
    '{leave}|{come}|{travel}|{return}|{stay} _ _? _? voluntarily',
    // Moving into the place of exploitation freely (`@choice-move`, `@choice-exploit-venue`, `@choice-free-adv`):
    // "walked into the hotel freely", "went to the flat voluntarily", "got into his van herself".
    '@choice-move in|into|to|inside|up-to|round-to|over-to|onto|aboard|back-to @choice-exploit-venue @choice-free-adv',
    '@choice-move in|inside|there|over|round|along|off|back|out|away|up|aboard @choice-free-adv',
    '@choice-move with|alongside @choice-exploit-person @choice-free-adv',
    '@choice-move in|into|to|inside|up-to|round-to|over-to|onto|aboard|back-to @choice-exploit-venue with $obj|@choice-exploit-person @choice-free-adv',
    '{go}|{come}|{return} to|round|round-to|over-to|back-to $owner @choice-free-adv',
    '@choice-move in|into|to|inside|up-to|over-to|onto|back-to @choice-exploit-venue by? $self',
    '{make} $poss own way to|into|round-to|over-to|back-to @choice-exploit-venue',
    // The adverb first: "freely went back to the flat", "readily got into the car".
    'freely|readily|eagerly|keenly|happily|gladly @choice-move back? in|into|to|inside|up-to|round-to|over-to|onto|aboard @choice-exploit-venue',
    // The adverb before a return, wherever it led (`@choice-return`): "freely went back to the Strabane flat",
    // "voluntarily returned", "happily heads back every weekend".
    'freely|voluntarily|readily|eagerly|keenly|happily|gladly @choice-return',
    // The glad adverb before an act of exploitation: "happily carried the bag to Norwich", "readily sold for them".
    'happily|gladly|readily|eagerly|keenly|cheerfully|enthusiastically {carry}|{sell}|{deal}|{deliver}|{hide}|{store}|{stash}|{transport}|{shoplift}|{steal}|{recruit}|{graft}|{shot}',
    'happily|gladly|readily|eagerly|keenly|cheerfully|enthusiastically {do} the|more|extra? runs|drops|deliveries|jobs|shifts',
  ],
  unless: [
    'professional-subject',
    // "walked to the car herself after the session": the trip from a session or appointment.
    {
      followedBy: [
        'after|before|from|following the|a|an|$poss? session|appointment|meeting|school|college|class|club|interview|visit|contact|lesson|lessons|training|practice|shift',
      ],
      within: 2,
    },
    'choice-good-complement',
    'choice-good-place-before',
    {
      precededBy: [
        'answered|answer|answers|answering|disclosed|told|shared|spoke|talked|engaged|attended|attends|cooperated|co-operated|helped|assisted|gave|handed',
      ],
      within: 3,
    },
    {precededBy: ['to|with the|a? police|officer(s)|staff|us|me|worker(s)|services'], within: 1},
    {
      followedBy: [
        'home|school|college|back',
        'to|with $poss|the? grandmother’s|grandmother|grandparents|nan’s|nan|gran|mum|mother|dad|father|aunt|foster|carer(s)|social|placement|refuge|hospital|appointment|police|school|college|home|respite|unit',
      ],
      within: 1,
    },
    {
      followedBy: [
        'disclosed|told|shared|spoke|talked|engaged|attended|cooperated|co-operated|helped|assisted|answered|agreed|gave|handed|provided|surrendered',
        'accepted support|help|advice',
        'accepted the|a referral',
        'to|with the|a? police|officer(s)|interview|worker|staff',
      ],
      within: 1,
    },
  ],
  guards: {referent: false},
  message: '`{actual}` presents the child as a willing party to their own exploitation',
  suggestions: ['after [adult] [promised / threatened / demanded] [item]', 'because [adult] told [child] to'],
  note: 'Children are never willing participants in their abuse, and the word hides grooming, debt and threats. Say what made the child do it and who was behind it.',
  adult: {
    message: '`{actual}` presents the person as a willing party to their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['ZT', 'NSVRC', 'ECPAT-UK', 'MSA-S1-2'],
  examples: {
    incorrect: [
      'Ciara, aged 15, [[freely went back]] to the Strabane flat.',
      'Kai (14) [[voluntarily returned]] to the Leeds address the next day.',
      'YP [[happily heads back]] every weekend, per the unit log.',
      {
        text: 'She got into the car [[willingly]] on each occasion.',
        suggestions: [
          'after [adult] [promised / threatened / demanded] [item]',
          'because [adult] told [child] to',
        ],
      },
      'Kyle carries the drugs for them [[willingly]].',
      'Mia [[got into the car voluntarily]] outside the school.',
      'Tomasz [[held the package voluntarily]] for the two men.',
      'Ellie (14) [[left the children’s home voluntarily]] at midnight.',
      'Anca, 27, [[willingly]] accepted the offer of a room above the shop.',
      'Kyle [[voluntarily got]] into the car with the men.',
      'Staff believe Kyle carries the drugs [[willingly]] for the older boys.',
      'Jodie [[walked into the hotel freely]] with the men.',
      'CCTV shows her [[walking in freely]].',
      'She [[went with the men voluntarily]], per the DC.',
      "20/01/24 – YP [[went to Dee's voluntarily]], returned next day",
      'Leah (13) wasn’t forced, she [[walked to the car herself]].',
      'She [[made her own way to the flat]] on Friday.',
      'Kai (14) [[readily got into the car]] with the men.',
      'The night porter said she [[went up to the room with him quite happily]].',
      'Ruby [[got into the van cheerfully]] when the driver pulled up.',
      'Tia (15) [[went back to the flat perfectly happily]] the next night.',
      'CCTV shows Kyle [[walking into the hotel calmly]] with the two men.',
      'Kyle (15) [[happily carried]] the bag to Norwich for them.',
      'YP [[readily sells]] on the estate when the line phone rings.',
      '- has [[eagerly done the runs]] since March',
    ],
    correct: [
      'Ciara freely went back to school in September.',
      'She voluntarily returned to her foster carers on Sunday.',
      'Kai did not freely go back; the men drove him there.',
      'Jade never got in willingly; she was pulled into the car.',
      'Kyle willingly answered questions at the ABE interview.',
      'Mia attended the police station voluntarily on 2 June.',
      'Tomasz is voluntarily accommodated under section 20.',
      'Amira handed her phone to officers willingly.',
      'Kai (12) went willingly to his nan’s house after the meeting.',
      'Jade willingly accepted support from the advocate.',
      'YP walked to the car herself after the session with her foster carer.',
      'She went to the police station voluntarily and asked for help.',
      'She went to her nan’s voluntarily on Friday.',
      'Jade readily went back to school after the half-term break.',
      'Mia went home happily with her foster carer after the review.',
      'Kai walked into the hotel calmly with the officers to identify the room.',
      'She went back to the refuge quite happily after the hearing.',
      'The men happily sold the drugs that Kyle had been made to store.',
      'Kyle never happily carried anything for them; he was threatened.',
      'Leah readily held her baby brother during the visit.',
    ],
  },
} satisfies RuleSpec
