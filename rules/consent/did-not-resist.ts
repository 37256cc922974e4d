import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'did-not-resist',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    // Non-resistance read as consent (`@choice-no-resistance`): "didn't put up a fight", "never tried to leave".
    '@choice-no-resistance',
    '@choice-no-resistance at any point|time|stage',
    'did|does|do|would not @choice-degree? @choice-resist',
    'never @choice-degree? @choice-resisted',
    'never @choice-degree? (tried|attempted) to @choice-escape',
  ],
  unless: [
    'choice-rebutted-after',
    'choice-others-case',
    'choice-generic-subject',
    // Arrest and search: "did not resist arrest", "didn't put up a fight when searched".
    {
      followedBy: [
        'arrest|detention|restraint|search|searching|handcuffing|handcuffs|cuffs|officers|police|the-officers|the-police|being-arrested|being-searched|being-detained|being-restrained',
        'when|while|as|during|at @det? arrest|arrested|searched|search|detained|stopped|restrained|handcuffed|cuffed|strip-searched|being-arrested|being-searched|officers|police',
        'the|a arrest|search|officers|police|restraint',
        'when|while|as @det? officers|police|staff|pc|pcs|ambulance|paramedics',
      ],
      within: 2,
    },
    // "did not object to the referral", "never refused support".
    'consent-to-process',
    'choice-good-complement',
  ],
  message: '`{actual}` treats the child’s not resisting as agreement to the abuse',
  suggestions: ['froze / complied while [adult] [act]', 'was controlled by [adult] and could not resist'],
  note: 'Children freeze, comply or stay silent out of fear, shock and grooming; not resisting is never consent, and a child’s consent is irrelevant in law. Say what the adult did and how the child was controlled.',
  adult: {
    message: '`{actual}` treats the person’s not resisting as agreement to the abuse',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Freezing and compliance are common responses to fear. Say what the exploiters did.',
  },
  sources: ['ZT', 'NSVRC', 'MSA-S1-2', 'DFE-CSE', 'SOA-AGE'],
  examples: {
    incorrect: [
      {
        text: 'YP [[didn’t put up a fight]] when the male took her into the bedroom.',
        suggestions: [
          'froze / complied while [adult] [act]',
          'was controlled by [adult] and could not resist',
        ],
      },
      'Per officer, YP (15) [[put up no resistance]] and went with him.',
      'Amira [[did not resist at any point]], per the prosecution file.',
      'She [[never once tried to leave the flat]].',
      'He [[made no attempt to get away]] from the men.',
      'Chloe [[never said no]] to him, the statement says.',
      'Leah [[offered no resistance]] in the car.',
      'She [[didn’t even scream]] when he locked the door.',
      'Nadia [[didn’t put up much of a fight]] when the men took her to the flat.',
      'Leah (14) [[made no complaint]] about what happened at the flat.',
      'Concerns: YP [[raised no objections]] on either night',
      'She went up to the room [[without any protest]], the porter said.',
      'Kyle has [[made no complaints]] about the men since May.',
    ],
    correct: [
      'He did not resist arrest when officers detained him.',
      'He didn’t put up a fight when searched by PC Moore.',
      'She tried to leave but the men locked the door.',
      'She did not object to the referral.',
      'Children often do not resist because they are frightened.',
      'Deano, 24, made no attempt to get away from the police.',
      'Mum made no complaint about the school.',
      'Leah made no complaint about the search by officers.',
      'The social worker raised no objection to the plan.',
      'Kyle was arrested without any resistance when officers arrived.',
    ],
  },
} satisfies RuleSpec
