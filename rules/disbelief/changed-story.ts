import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'changed-story',
  category: 'disbelief',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{change} $poss story|account|version|tune',
    '$poss story|account|version {keep} changing',
    '{keep} changing $poss story|account|version',
    'story {keep} changing',
    '$poss story|account|version {change}',
    'story changes',
    // An account said to vary: "- accounts vary", "versions varied between interviews".
    '@doubt-account vary|varies|varied|wavers|wavered|shifts|shifted|fluctuates|fluctuated',
    '$poss|the @doubt-account {have} @jv-degree? changed|shifted|altered',
    // A note's count of the changes, owner left out: "story has changed twice", "- account altered again".
    '@doubt-account {have}? @jv-degree? changed|shifted|altered|varied|evolved|wavered twice|again|repeatedly',
    '@doubt-account {have}? @jv-degree? changed|shifted|altered|varied|evolved|wavered two|three|four|five|several|many|multiple|numerous|a-few|a-number-of|a-couple-of times',
    // Changing as the account's own property: "a version of his age that keeps changing", "an account which has shifted".
    '@doubt-account of _ _? _? that|which @jv-degree? {keep} changing|shifting|growing|moving|evolving',
    '@doubt-account that|which @jv-degree? {keep} changing|shifting|growing|moving|evolving',
    '@doubt-account of _ _? _? that|which {have} @jv-degree? changed|shifted|altered|evolved|grown',
    '@doubt-account that|which {have} @jv-degree? changed|shifted|altered|evolved|grown',
    '{tell}|{give} several|many|various|multiple|numerous? different|varying|changing|shifting versions|stories|accounts|explanations',
    '@doubt-different-story',
    // An account said to grow or drift over time: "has evolved considerably", "has grown with each interview".
    '$poss|the|$owner story|stories|version|versions|explanation|explanations|disclosure|disclosures {have} @jv-degree? evolved|grown|morphed|expanded|drifted|shifted',
    '$poss|$owner account|accounts {have} @jv-degree? evolved|grown|morphed|expanded|drifted|shifted',
    '@doubt-account {grow}|{change}|{shift}|{evolve} with each|every interview|telling|retelling|visit|version|conversation',
    'ever-changing|shifting|evolving|changing story|stories|account|accounts|version|versions',
    // A named child's version, or a field's bare "account", that keeps moving:
    // "Leah's version keeps changing", "- account keeps shifting".
    '@doubt-account {keep} changing|shifting|growing|evolving|moving',
    // An account that moves without its owner next to it: "has shifted three times", "has grown with each interview".
    '{have} @jv-degree? shifted|altered|varied|morphed|wavered two|three|four|five|several|many|multiple|numerous|a-few|a-number-of times',
    '{have} @jv-degree? grown|expanded|changed|shifted|evolved|developed|got-bigger|become-bigger with|in|at each|every interview|telling|retelling|meeting|conversation|session|visit',
    // "all over the place", "three different accounts", "keeps adding details".
    '@doubt-account @be|{have} @jv-degree? been? all over the place',
    '{tell}|{give} two|three|four|five|several|multiple|many different|conflicting|contradictory|varying accounts|versions|stories|explanations',
    '{keep} adding|changing|embellishing details|bits|things|to-it|to-the-story|to-her-story|to-his-story',
    // Changed under challenge, or what she says keeps changing: "story changed when challenged", "keeps changing what she says".
    '@doubt-account {have}? @jv-degree? changed|shifted|altered when|once|after challenged|questioned|pressed|confronted|shown|asked-again',
    '{change}|{alter}|{switch} $poss|the @doubt-account when|once|after challenged|questioned|pressed|confronted|shown',
    '{keep} changing|shifting what $subj {say}|{tell}|{claim}',
    '@doubt-said {keep} changing|shifting',
  ],
  unless: [
    // Others' accounts compared: "the witnesses' accounts vary on the time".
    {
      precededBy: [
        "witness|witnesses|witness's|witnesses'|officer's|officers'|parties'|both|two|the-two|conflicting|other",
      ],
      within: 2,
    },
    // The change explained by fear: "has given two different accounts because he is scared of the men".
    'choice-fear-reason',
    // Not the account: "her confidence has grown with each interview".
    {
      precededBy: [
        'confidence|trust|engagement|rapport|relationship|understanding|ability|willingness|openness|vocabulary|bond|anxiety|distress|fear|relief|placement|plan|team|school|address',
      ],
      within: 2,
    },
    'doubt-adult-owner',
    // An account that is not a telling: "his bank account has changed twice", "her Snapchat account".
    {
      precededBy: [
        'bank|savings|current|email|e-mail|online|user|phone|social-media|snapchat|instagram|facebook|tiktok|twitter|whatsapp|gaming|paypal|monzo|fake|new|second',
      ],
      within: 1,
    },
    {precededBy: ['because|if|when|where|although|though|as', 'even if|though'], within: 1},
  ],
  message: '`{actual}` treats a changing account as a sign the child is not truthful',
  suggestions: [
    'gave further detail on [date]',
    'details differ between accounts on [dates]; this can reflect fear or trauma',
  ],
  note: 'Children often disclose in stages, and changes can reflect fear of the exploiters or trauma. Record when each detail was given and what differs.',
  sources: ['NRM-FORM', 'SEFTON-CRED', 'SEFTON-MS'],
  examples: {
    incorrect: [
      '- YP (14) gave an [[account which has altered]] since May',
      'ABE: she gave an [[account of the night that has shifted]] twice.',
      'Leah’s (14) [[version keeps changing]], the log says.',
      '- [[account keeps shifting]], no dates',
      {
        text: 'Jade [[changed her story]] when she was asked about the car.',
        suggestions: [
          'gave further detail on [date]',
          'details differ between accounts on [dates]; this can reflect fear or trauma',
        ],
      },
      'Kyle [[keeps changing his story]] about the phone.',
      "Amira's [[story keeps changing]] about who she was with.",
      '[[His account keeps changing]] about the phone.',
      'The [[story changes]] every time she is asked about the car.',
      '[[Her account changed]] after she spoke to her mother.',
      'Tomasz has [[changed his tune]] since the arrest.',
      '[[Her account has changed]] each time she has been spoken to.',
      'Leah has [[told several different versions]] of what happened.',
      'Notes: YP cagey, evasive, [[tells a different tale every time]]',
      'Mia [[gives a different version each time]] she is asked.',
      'Kai [[tells different stories to different people]] about the phone.',
      '[[Her account has evolved]] a great deal since the first ABE.',
      "OIC note: [[Dylan's story has grown]] since March.",
      'The [[story grows with every retelling]], the manager says.',
      'Leah gave an [[ever-changing story]] about the car and the man.',
      'Her [[account has been all over the place]] since the first interview.',
      'He has [[given three different accounts]] of the night.',
      'She [[keeps adding details]] every time we speak to her.',
      "Jade's version of the night at the hotel in Hull (she was 14) [[has shifted several times]].",
      'Leah (14): version of the trip to Hull [[has wavered several times]].',
      "Kai's story about the debt [[has grown with every telling]].",
      'The account of being held at the flat [[has got bigger at each interview]].',
      '- [[accounts vary]]',
      'ABE: [[version varied]] between interviews',
      'YP (15) – [[story shifted again]]',
      '[[Story changed when challenged]] by the sergeant.',
      'He [[changed his version when shown]] the CCTV.',
      'Mia [[keeps changing what she says]] about the car.',
      'Log: [[what he told us keeps shifting]]',
      'Referral: 13yo F disclosed rape by 19yo male; [[story has changed twice]] so threshold not met.',
      "Jade's [[account has changed several times]] since the first interview.",
      'Age assessment: YP gave a [[version of his age that keeps changing]].',
      'He [[tells a different story depending on who]] he is speaking to.',
      'Kai [[tells each worker something different]] about the debt.',
      'Log: YP gave an [[account that keeps changing]] about the car.',
    ],
    correct: [
      '- the witnesses’ accounts vary on the time',
      'The plan changed when the placement was confirmed.',
      'The two officers\u2019 accounts vary on the timings',
      'He has given two different accounts because he is scared of the men.',
      'The figures are all over the place this month.',
      'Her trust in the worker has grown with each visit.',
      'The placement plan has changed with each review.',
      'The 27-year-old’s account keeps changing in interview.',
      'Jade gave further detail about the car on 12 May.',
      'Avoid phrases such as "changed her story" in a referral.',
      'Kyle did not change his account across three interviews.',
      'Kai told a different worker about the phone because he trusts her.',
      'His bank account has grown since March, the fraud team found.',
      'The plan has evolved since the first meeting in May.',
      'Her confidence has grown with each interview.',
      'The plan has changed twice since the strategy meeting.',
      "The driver's account has changed several times since his arrest.",
      'Her account of the night has not changed since the first interview.',
      'She gave an account that has stayed the same in every interview.',
    ],
  },
} satisfies RuleSpec
