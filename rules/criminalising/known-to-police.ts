import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'known-to-police',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{be} well? known to the? police|officers|yot|yjs',
    '{be} on the police radar',
    // Custody as the child's habit: "no stranger to the police", "regularly arrested", "a frequent flyer in custody".
    '{be} no stranger to custody|the-cells|court|the-youth-court|the-police-station',
    '{be} regularly|frequently|often|constantly|repeatedly|routinely arrested|in-custody|in-the-cells',
    'a|$poss frequent-flyer|frequent-flier|regular in|with|at custody|the-police|the-cells|the-station',
    '{have} a|an long|lengthy|extensive|growing|significant criminal|police|offending record|history',
    '{be} a known face to the? police',
    '{be} very|well? familiar to the? police|officers',
    // "has a record" as a trait of the child, not the record of something.
    '{have} a|an long|lengthy|criminal|police|previous|extensive? record',
    // Notes and fields drop the verb and name the officers by place or unit:
    // "YP well known to officers", "well known to Hackney officers",
    // "a familiar face to the custody sergeant", "a well-kent face with the CID".
    'well known to the|local? _? police|officers|cid|custody|yot|yjs|ypo',
    'a|$poss well-known|well-kent|known|familiar|regular|kent face to|with|at|in the|local? _? police|officers|cid|custody|station|yot|yjs|court|courts|sergeant',
    'in and out of custody|cells|the-cells|police-cells|court|youth-court|the-station|police-stations|yoi|secure',
    // The writer's own service as the police: "well known to us", "very well known to the team".
    '{be}? well|very-well known to us|services|the-team|the-service|all-agencies',
    // Trouble with the police as the child's habit: "always in trouble with the police",
    // "constantly getting into bother with the law"; and police slang for a record: "has form for robbery".
    '{be}|{get}? always|constantly|forever|often|regularly|frequently|repeatedly|continually {be}|{get}? in|into trouble|bother with the? police|law|cops|feds|old-bill',
    '{have} form|previous|previous-convictions for',
    '{have} form',
  ],
  unless: [
    // An adult named with an age just before: "Deano, 30, is well known to us".
    {precededBy: ['@crime-adult-age'], within: 2},
    // "has a record of good attendance".
    {followedBy: ['of']},
    {
      precededBy: [
        'address|addresses|flat|flats|house|houses|property|vehicle|vehicles|car|cars|premises|location|area|hotel|park|shop|number|account|phone|man|men|male|males|adult|adults|group|gang|network|brother|father|uncle|family|friend|friends|boyfriend|girlfriend|partner|suspect|suspects|offender|offenders|perpetrator|perpetrators',
      ],
      within: 2,
    },
    {followedBy: ['as a victim', 'as a missing', 'as a missing child', 'because of missing']},
  ],
  message: '`{actual}` characterises the child by their police contact',
  suggestions: ['has had contact with police on [N] occasions, including as a victim of [offence]'],
  note: 'Describing a child as known to police suggests a criminal character and hides the adults exploiting them. Record contacts with police as facts, including those as a victim or missing child.',
  sources: ['CARDIFF-TERMS', 'NORFOLK'],
  examples: {
    incorrect: [
      'Kyle (15) [[is no stranger to custody]], per the YOT.',
      'He [[is regularly arrested]] in Ipswich.',
      'Kai is [[a frequent flyer in custody]], per the DS.',
      'Kyle [[has an extensive criminal record]] at 16.',
      'Risk grading: LOW – YP is streetwise, [[well known to us]], can look after himself',
      'Kai (15) [[is very well known to us]] and to the YOT.',
      'Notes: 14yo, [[well known to services]], missing again',
      'Merlin PAC: subject (14) [[well known to Hackney officers]], arrested x4',
      '- [[well known to police]], 6 arrests since May',
      'Kai (15) is [[a familiar face to the custody sergeant]] in Luton.',
      'Lewis, 16, is [[a well-kent face with the CID]].',
      'Jayden (15) has been [[in and out of custody]] since Year 9.',
      {
        text: 'Kai, 15, [[is well known to police]] in Luton.',
        suggestions: ['has had contact with police on [N] occasions, including as a victim of [offence]'],
      },
      'Dylan [[was known to the police]] from the age of 12.',
      'He [[is on the police radar]] because of the fights at school.',
      'By the age of 14 Kai [[was a known face to police]] in the town centre.',
      'Kai [[is very familiar to officers]] at the local station.',
      'Kai (15) [[has a long record]] and is seen as trouble, the sergeant wrote.',
      'Tyler (15) [[is always in trouble with the police]], his school says.',
      'Since Year 9 Kai has [[constantly been in trouble with police]] in Hull.',
      '- [[forever in bother with the law]] (YP 14)',
      'Jay [[has form for]] robbery and possession, the DS noted.',
      'He [[has previous for]] possession of cannabis.',
      'Kai (16) [[has form]] – see PNC.',
    ],
    correct: [
      'Kyle is not known to the police.',
      'The men are regularly arrested but never charged.',
      'The family is well known to us and has had support since 2019.',
      'Her mum is well known to services in Hull.',
      'Deano, 30, is well known to us from earlier cases.',
      'The men who run the line are well known to police.',
      'Kai is well known to the youth club staff, who speak highly of him.',
      'His uncle (45) has been in and out of custody for years.',
      'Leah is well known to police as a missing child, not as an offender.',
      'Kai has had contact with police on 12 occasions since 2023, six of them as a missing child.',
      'Kai was not known to police before he was found in Swindon.',
      'The flat is known to police as an address used to deal drugs.',
      'The men who collected Kai are well known to police in Bedford.',
      'Kai is known to police as a victim of a robbery in 2024.',
      'Kai has a record of good attendance at the PRU.',
      'Kai is not in trouble with the police; he is a victim of crime.',
      'His uncle, 40, has form for robbery and drove Kai to Hull.',
      'The man who has previous for supply was seen with Kai.',
      'Kai filled in the form for his college place.',
    ],
  },
} satisfies RuleSpec
