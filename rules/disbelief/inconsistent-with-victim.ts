import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'inconsistent-with-victim',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    '@doubt-inconsistent $obj|$poss|them|the-child|the-yp|a-child|someone|anyone? being @doubt-victim-state',
    '@doubt-inconsistent a|an|someone|anyone|the? @doubt-victim-state',
    '@doubt-inconsistent someone|anyone|a-child|a-person|a-girl|a-boy who|that @be being? @doubt-victim-state',
    'not how|what a|an? real|genuine|true|frightened|scared|coerced|exploited|trafficked|abused|typical? victim|victims|child|children|person|girl|boy|someone|anyone would|does|do|might @jv-degree? behave|act|present|look|react|respond',
    'not the behaviour|behavior|actions|conduct|demeanour|demeanor|presentation|picture|reaction|response of @doubt-victim-state',
    'not the behaviour|behavior|actions|conduct|demeanour|demeanor|presentation|picture|reaction|response of someone|anyone|a-child|a-girl|a-boy|a-person who|that @be being? @doubt-victim-state',
    '@doubt-undermine-verb @doubt-undermine-obj',
  ],
  unless: [
    'jv-reported-framing',
    'jv-mistaken-for',
    'jv-other-owner',
    {
      precededBy: [
        'defence|defense|will|would|may|might|could|try|tries|tried|trying|attempt|attempts|attempted|seek|seeks|sought|aim|aims|not|never|nothing',
      ],
      within: 3,
    },
    {precededBy: ['nothing|no-evidence|no-information'], within: 5},
  ],
  message: '`{actual}` reads the child’s behaviour as evidence that they were not coerced',
  suggestions: [
    '[what the child did]; children who are groomed or controlled often appear calm or compliant',
  ],
  note: 'Grooming, fear and trauma bonding make exploited children appear relaxed, affectionate or compliant with the adults. There is no right way for a victim to behave; record what the child did and what the adults did.',
  sources: ['SEFTON-CRED', 'CASEY', 'HMICFRS-MET', 'NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: "CPS: PV's conduct in the car, sitting in the front and chatting, is [[inconsistent with her being under duress]]",
        suggestions: [
          '[what the child did]; children who are groomed or controlled often appear calm or compliant',
        ],
      },
      'Laughing with the men on the CCTV is [[not consistent with a frightened child]].',
      "Her messages to him [[don't fit with her being scared]] of him.",
      'Kai (15) was relaxed and chatty, which is [[not how a victim would behave]].',
      'He went back the next day, [[not the behaviour of someone who is being exploited]].',
      'Smiling in the CCTV stills: [[not the behaviour of a frightened girl]]',
      'Officer view: calm at the desk, [[hard to reconcile with him being trafficked]]',
      'Leah sent him hearts and kisses, [[at odds with someone being coerced]].',
      'Her calm manner is [[not consistent with someone who was being controlled]].',
      'CPS review: she kept going back for more, which [[undermines the account]]',
      'Her relaxed manner on the CCTV [[casts doubt on her story]].',
      "Kai's messages to the elders [[call into question his account]].",
    ],
    correct: [
      'Jade was calm, which is common in children who have been groomed.',
      'Her account is consistent with her being under duress.',
      'Avoid saying a child\'s behaviour is "inconsistent with being a victim".',
      'The review found officers wrongly saw calm children as not behaving like victims.',
      'The CCTV is consistent with a frightened child being led to the car.',
      'Defence will try to undermine her account at trial; she needs an ISVA.',
      "The CCTV undermines the man's account of where he was.",
      'Nothing in the file undermines her account.',
    ],
  },
} satisfies RuleSpec
