import type {RuleSpec} from '../../src/types.js'

// The acceptance frame as notes and form fields write it: the child as the
// one who is fine, ok or happy with the exploitation ("YP fine with it",
// "ok with staying at the address", "happy for the men to film her"). The
// complement is "it" or the arrangement, an exploitation gerund
// (`@choice-ing`) or what adults did (`@choice-done-to`); the verbless
// fragment counts as much as the sentence.
export default {
  id: 'fine-with-it',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    '@choice-fine-adj @degree? with @choice-accepted-it',
    '@choice-happy-adj with it|that|this|everything',
    // The abuse as something that suits the child: "seems to suit her", "the arrangement suits him fine".
    '@seem to suit $obj',
    '{suit} $obj @degree? fine|well|perfectly|down-to-the-ground|nicely',
    // The dummy subject: "it suits him to stay there", "it seems to suit her to go back to the flat".
    'it @degree? {suit} $obj to @choice-act',
    'it @seem to suit $obj to @choice-act',
    // The age gap as something the child accepts: "comfortable with the age gap", "ok with the age difference".
    '@choice-happy-adj|@choice-fine-adj @degree? with|about @det? age gap|difference|gaps|differences',
    '@choice-fine-adj @degree? with|about @choice-ing',
    '@choice-fine-adj @degree? @choice-ing',
    '@choice-fine-adj|@choice-happy-adj|@choice-willing-adj for @choice-abuser to @choice-done-to',
    // What the adults did, as something the child is fine with: "ok with him filming", "fine with the men touching her".
    '@choice-fine-adj|@choice-happy-adj @degree? with|about @choice-abuser filming|photographing|recording|videoing|touching|kissing|cuddling|undressing|taking|picking|collecting|driving|staying|sleeping|using|keeping|storing|hiding|stashing',
    // Fine to do what the adults want: "seemed fine to go back to the flat", "ok to be filmed".
    '@be|@seem @degree? @choice-fine-adj to @choice-want-act',
    // The relationship with the adult as one the child is happy in: "very happy in the relationship",
    // "happy with the 24-year-old", "happy and relaxed with the men".
    '@choice-happy-adj|@choice-fine-adj|settled in|with the|this|that|$poss? relationship',
    '@choice-happy-adj|@choice-fine-adj|settled with|around @romance-man-ref|@romance-adult-ref',
    '@choice-happy-adj and|& @choice-fine-adj|@choice-happy-adj with|around @romance-man-ref|@romance-adult-ref',
    // Compliance with the adults read as acceptance: "compliant with the men", "cooperative towards them".
    '@degree? compliant|cooperative|co-operative|obliging|accommodating|submissive with|towards|to @choice-abuser|@romance-adult-ref',
  ],
  unless: [
    'professional-subject',
    'choice-agency-subject',
    'choice-good-complement',
    'choice-generic-subject',
    'choice-process-before',
    'consent-to-process',
    // "the placement seems to suit her", "college suits him well": a good thing that suits the child.
    {
      precededBy: [
        'placement|placements|school|college|course|job|foster|carer|carers|home|unit|routine|plan|support|medication|timetable|hours|apprenticeship|club|class|classes|move|area|room|flat-share|hostel|family|nan|gran|aunt|uncle|team|sport|boxing|football|uniform|haircut|style|colour|dress|outfit|name|glasses',
      ],
      within: 4,
    },
    // "fine with it" of the plan or the support just named: "the plan was explained and she is fine with it".
    {
      precededBy: [
        '@consent-object|move|moving|placement|arrangement|contact|visits|plan|plans|idea @be|and $subj? @be?',
        '$poss|the social|foster|youth|support|key worker|carer|carers|nan|mum|dad|parents @seem?',
        // "The foster carer said she is fine with it": the adult speaking of herself.
        '$poss|the social|foster|youth|support|key worker|carer|carers|nan|mum|dad|parents|officer|teacher {say}|{tell}|{confirm} that? $subj @be',
      ],
      within: 4,
    },
  ],
  message: '`{actual}` presents the child’s acceptance as agreement to their own exploitation',
  suggestions: [
    'was [taken / filmed / used] by [adult] and did not object, which is common when a child is groomed',
    'said [child’s words], after [adult] gave [gifts / money / attention]',
  ],
  note: 'A child who says they are fine with it may be groomed, frightened or dependent on the adults; acceptance is not consent. Record the child’s words alongside what the adults gave, promised or threatened.',
  adult: {
    message: '`{actual}` presents the person’s acceptance as agreement to their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TCS-MED', 'DFE-CSE', 'TEES'],
  examples: {
    incorrect: [
      'Leah (15): [[it suits her to stay at]] the flat at weekends.',
      '[[It seems to suit him to carry]] for the olders, per the log.',
      '[[It clearly suits him to go back]] to the flat.',
      'Risk: YP (15) stays over at the flat most weekends, [[seems to suit her]]',
      'Kai (15) is paid cash in hand for the drops, which [[suits him fine]].',
      'She is 14; staying at his flat [[appears to suit her]].',
      'She is [[comfortable with the age gap]], she is 15.',
      'YP (15) [[okay with the age difference]].',
      'Concerns: [[happy in relationship]] with 24yo, missing overnight',
      'YP (15) very [[happy in the relationship]], per the health visitor.',
      'She appeared [[happy and relaxed with the men]] at the flat.',
      'Jade (14) is [[settled with the 24-year-old]], the note says.',
      'Leah (14) was [[compliant with the men]] throughout.',
      {
        text: 'Views of the child: YP [[fine with it]], does not want police involved.',
        suggestions: [
          'was [taken / filmed / used] by [adult] and did not object, which is common when a child is groomed',
          'said [child’s words], after [adult] gave [gifts / money / attention]',
        ],
      },
      '- [[ok with the arrangement]] at the flat, gets £40 a week',
      'PSNI log: girl (15) stays at Quinn’s (34) most nights and is [[happy with that]]',
      'Leah (14) is [[fine with being filmed]], the note says.',
      'She’s [[okay with staying]] at the address on Mill Lane.',
      '• [[fine going back]] to the flat after school',
      'Jade (15) seems [[alright staying]] at his flat most weekends.',
      'Tia (13) is [[happy for the men to film]] her.',
      'Leah (14) was [[happy for him to take photos]] of her in the bath.',
      'Kai (14) was [[cool with carrying]] for the olders.',
      '| Kyle | 15 | [[fine with the cash-in-hand]] |',
      '- YP [[ok with arrangement]]',
      'Views of YP: [[fine with situation]]',
      'Leah (14) was [[OK with him filming]] at the flat, per the log.',
      'Mia (15) seemed [[fine with the men touching]] her.',
      '- YP [[cool about them picking]] her up at 2am',
      'Kayla (14) [[seemed fine to go back to the flat]] with them.',
      'Kai [[is ok to be filmed]] at the flat.',
    ],
    correct: [
      'Leah was OK with her foster carer filming the school play.',
      'She was not fine with him filming her and asked him to stop.',
      'Kayla seemed fine to go home with her nan.',
      'The nurse said Mia is fine to go back to school.',
      'It suits him to live with his nan.',
      'It does not suit her to stay at the flat; she is frightened there.',
      'It suits the men to keep her there.',
      '- YP ok with arrangement for contact with mum',
      'Leah was happy for her foster carer to take photos of the trip.',
      'The new placement seems to suit her.',
      'College suits him well and he attends every day.',
      'The arrangement does not suit her; she is frightened of him.',
      'Staff are not comfortable with the age gap.',
      'Jade is not okay with the age difference and wants help.',
      'Mum is happy in relationship with her new partner.',
      'Leah is happy with her foster carers.',
      'Her mum is happy in the relationship with her new partner.',
      'She is not happy with the men and wants to leave.',
      'Leah was compliant with the medical examination.',
      'The plan was explained and she is fine with it.',
      'Leah is fine with the referral going ahead.',
      'YP ok with the ISVA visiting on Friday.',
      'Mum is fine with it and will bring her to the appointment.',
      'Staff are happy with the arrangement for contact.',
      'Leah is not fine with it; she cried when he called.',
      'She was never ok with being filmed and told them to stop.',
      'Deano, 24, was fine with her staying at the flat.',
      'Kai is fine with going back to school in September.',
      'She is ok with staying with her foster carers for now.',
      'Avoid writing that a child was “fine with it”.',
      'The social worker is happy for the police to film the interview.',
      'Leah is fine with moving placement; she likes the new carers.',
      'She is okay with information being shared with the school.',
    ],
  },
} satisfies RuleSpec
