import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'knew-the-risks',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  guards: {adults: true},
  phrases: [
    '{know} the risks|dangers|consequences',
    '{know} exactly|full-well? what $subj was|were|is|are doing|getting-into',
    '{know} what would|could|might happen',
    '{be} fully? aware of the risks|dangers|consequences',
    '@choice-know @choice-risk-object',
    '@choice-know @degree? exactly|full-well|perfectly-well|fine|well @choice-risk-object',
    // What the child was getting into and what the men were after (`@choice-into`, `@choice-after`).
    "@choice-know @degree? exactly|full-well|perfectly-well|fine|well? what $subj|they|he|she|you was|were|is|are|'s|'re|had|has|have|'d? @degree? @choice-into",
    "@choice-know @degree? exactly|full-well|perfectly-well|fine|well? what these|those|the|older|such|$poss? men|males|lads|guys|adults|olders|elders|people|boys|abusers|exploiters @be|'re? @degree? @choice-after",
    "@choice-know @degree? exactly|full-well|perfectly-well|fine|well? what they|them @be|'re? @degree? after|like|up-to|wanted|expected|were-after|would-want|would-expect|would-do|intended|meant",
    // Experience read as knowledge: "no strangers to this kind of thing".
    '@be @choice-degree? no stranger|strangers to this|that|it|such|these|those|the-game|the-scene|the-life|that-life|this-life|that-world|this-world|drugs|men|older-men|the-police|the-streets|exploitation|being-exploited|this-kind-of-thing|that-kind-of-thing|this-sort-of-thing|that-sort-of-thing|this-type-of-thing',
    // Awareness as guilt: "was fully aware that the money was dirty", "was aware it was illegal".
    '{be} fully|well|perfectly|totally|completely aware (that)? it|this|the|what|he|she|they',
    '{be} aware (that)? it|this|that was|is illegal|wrong|dirty|criminal|dodgy|stolen',
    // Unconcern read as informed choice (`@choice-unconcerned`): "v blasé about risks", "cavalier about the dangers".
    '@choice-degree|v? @choice-unconcerned about|regarding|re|towards|of @det? @choice-risk-noun',
    // Telegraphic notes: "- YP aware of consequences", "Aware of risks.", "fully aware of what she was doing".
    'fully|well|perfectly|clearly|totally|completely|v? aware of @choice-risk-object',
    'fully|well|perfectly|clearly|totally|completely|v? aware of risks|risk|dangers|danger|consequences',
    'fully|well|perfectly|clearly|totally|completely|v? aware of what $subj was|were|is|are @degree? @choice-into',
    // Knowing it was unlawful (`@resp-illicit`): "knew the money was from crime", "knew it was illegal",
    // "knew he was breaking the law".
    '@choice-know that? _ _? was|is|were|are|would-be|had-been @degree? @resp-illicit',
    "@choice-know that? $subj|it|he|she|they was|were|is|are|'s|'re breaking|committing|doing the? law|an-offence|offences|a-crime|crime|crimes|something-illegal|something-criminal",
    // Knowing what was carried: "knew full well what he was carrying", "knew exactly what was in the bag".
    "@choice-know @degree? exactly|full-well|perfectly-well|fine|well? what $subj|he|she|they was|were|is|are|had-been|'s|'d-been @choice-ing",
    '@choice-know @degree? exactly|full-well|perfectly-well|fine|well? what was|is in the|that|$poss? bag|bags|package|packages|parcel|parcels|box|boxes|car|case|rucksack|backpack|holdall|suitcase',
    '{be} @degree? aware of what the|this|that job|work|role|trip|trips|run|runs|arrangement|deal|journey involved|involves|entailed|entails|meant|means',
    // The exploiter's age as known to the child (`@resp-adult-known`): "knew he was older", "was aware
    // of his age", "knew how old he was".
    "@choice-know that? he|they|the-man|the-men was|were|is|are|'s|'re @resp-adult-known",
    "{be} @degree? aware of his|their|the-man’s|the-man's|the-men’s|the-men's real? age|ages",
    '@choice-know how old he|they|the-man|the-men was|were|is|are',
    // What the child knew would be asked: "knew she would have to pay it back", "knew he'd have to sell".
    "@choice-know that? $subj|she|he|they would|'d|will have|need to pay|repay|work|graft|carry|sell|hold|deliver|sleep-with|have-sex|do-it|do-things|pay-it-back|pay-them-back",
    // Knowledge as guilt: "- knowingly carrying", "knowingly lent out his account".
    'knowingly|wittingly|consciously|deliberately @choice-ing',
    'knowingly|wittingly|consciously {carry}|{sell}|{deal}|{lend}|{hold}|{deliver}|{store}|{hide}|{transport}|{move}|{allow}|{let}|{give}|{hand}|{share}|{send}|{join}|{accept}|{take}|{put}|{place}|{enter}|{open}|{travel}|{go}|{return}|{stay}',
  ],
  unless: [
    {followedBy: ['better|more|now|clearer'], within: 1},
    'choice-other-subject-after',
    {
      precededBy: [
        'help|helping|helped|helps|support|supporting|supported|ensure|ensuring|now|better|begin|beginning|starting|started|increasingly|learn|learning',
      ],
      within: 2,
    },
    'young-people-in-general',
    // "was made aware of the risks", "now aware of the dangers": the work done with the child.
    {
      precededBy: ['made|been-made|become|became|becoming|being|more|increasingly|to-be|is-now|now'],
      within: 2,
    },
    // "The driver knowingly transported her": an exploiter's knowledge, not the child's.
    {
      precededBy: [
        'the|a|an driver|drivers|landlord|suspect|suspects|offender|offenders|perpetrator|perpetrators|abuser|abusers|exploiter|exploiters|trafficker|traffickers|gangmaster',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` expects the child to foresee and prevent their own abuse',
  suggestions: ['[adult] targeted [child] despite safeguarding action', '[adult] groomed [child]'],
  note: 'A child cannot be expected to predict or stop abuse; responsibility lies with the adults. State the facts of any earlier warnings neutrally and say what the adults did.',
  sources: ['DURHAM', 'UKCIS', 'LM'],
  examples: {
    incorrect: [
      'Kai (15) [[knew the money was from crime]], the YOT says.',
      'She [[knew it was illegal]] to hold the package.',
      'He [[knew he was breaking the law]] when he carried for them.',
      'Tyler [[knew full well what he was carrying]].',
      'She [[knew exactly what was in the bag]].',
      'He [[was fully aware of what the job involved]] before he went.',
      'Jade (14) [[knew he was older]] and went anyway.',
      'She [[was aware of his age]], the note says.',
      'Leah [[knew how old he was]].',
      "He [[knew he'd have to pay it back]] when he took the drugs.",
      'Pt (15) [[v blasé about risks]], clinic notes.',
      'Kyle (14) is [[very cavalier about the dangers]] of the line.',
      'She is 13 and was [[not bothered about the risks]], staff say.',
      {
        text: 'Jade [[knew the risks]] of going to the flat.',
        suggestions: ['[adult] targeted [child] despite safeguarding action', '[adult] groomed [child]'],
      },
      'Kyle [[knew what he was doing]] when he went to Hull.',
      'Amira [[knows what she is getting into]] with these men.',
      'Tomasz [[knew what would happen]] at the address.',
      'Jade [[knew exactly what she was doing]] at the hotel.',
      'She [[is fully aware of the risks]] of meeting him.',
      'Ryan (16) went to Bournemouth with the elders [[knowing what was expected of him]].',
      'She went anyway, [[knowing full well what they wanted]].',
      'Kayla [[was fully aware of what would happen]] at the party.',
      'He [[understood the consequences]] of owing the olders money.',
      'He [[knew exactly what he was signing up for]], per Border Force.',
      'She [[knows what these men are after]], the worker wrote.',
      'She [[knew full well what they wanted]], the log says.',
      'CPS note: the girls [[were no strangers to this kind of thing]].',
      'She [[knows exactly the risks]], per the PCSO.',
      'The account holder (17) [[was fully aware that the]] money was dirty.',
      'Ellis (16) [[was aware it was illegal]], the bank says.',
      '- YP [[aware of consequences]]',
      '[[Aware of risks]].',
      'YP [[fully aware of what she was doing]]',
      '- [[knowingly carrying]] for the olders',
      'Jay [[knowingly held]] the parcel for Dean (24).',
    ],
    correct: [
      'YP made aware of the risks by her keyworker.',
      'Dean (28) knowingly supplied drugs to YP.',
      'The driver knowingly moved her between three addresses.',
      '- YP aware of the referral and of support available',
      'Staff were blasé about the risks, the review found.',
      'Jade is not blasé about the risks; she is terrified.',
      'Jade did not know the risks of going to the flat.',
      'Professionals knew the risks and opened a strategy discussion.',
      'Avoid phrases such as "knew the risks" about a child.',
      'Knowing the risks, the police moved her to a placement in Kent.',
      'Work is under way to help her understand the risks the men pose.',
      'She did not know what was expected of her until she arrived.',
      'She understands the risks better now and uses her safety plan.',
      'She knows what she wants to do at college.',
      'The men knew exactly what they were doing.',
      'Staff were fully aware that the men had threatened Jade (15).',
      'Jade (15) was not aware it was illegal for the men to keep her passport.',
      'Jade knew it was wrong for him to touch her and told her teacher.',
      'Deano, 24, knew the money was from crime.',
      'The men knew she was 14.',
      'Staff knew how old he was from his passport.',
      'She did not know he was older until they met.',
    ],
  },
} satisfies RuleSpec
