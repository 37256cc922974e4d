import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'own-free-will',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    'of|by $poss own free? will|accord|volition|choosing',
    'of $poss own free? choice',
    'out of $poss own free will',
    'under $poss own steam',
    // The same with "on" and the idiom "off her own bat": "came back on her own accord", "sent them off his own bat".
    'on $poss own free? accord|volition',
    'off|of $poss own bat',
  ],
  unless: [
    'choice-good-complement',
    'choice-good-place-before',
    {
      followedBy: [
        'to disclose|report|tell|speak|talk|ask|seek|get|come|contact',
        'and disclosed|reported|told|spoke|asked',
      ],
      within: 1,
    },
    {
      precededBy: [
        'disclosed|reported',
        'came forward',
        'told us',
        'sought|asked for help',
        'attended the police station',
      ],
      within: 2,
    },
  ],
  guards: {referent: false},
  message: '`{actual}` presents the child as choosing freely to be exploited',
  suggestions: ['after [adult] [promised / threatened] [item]', 'because [adult] [arranged / demanded] it'],
  note: 'A child’s apparent free will does not change what happened: consent to travel or to the acts is irrelevant in law. Say what the adults did to make it happen.',
  adult: {
    message: '`{actual}` presents the person as choosing freely to be exploited',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['MSA-S1-2', 'ECPAT-UK', 'ZT', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'She got into the car [[of her own free will]].',
        suggestions: [
          'after [adult] [promised / threatened] [item]',
          'because [adult] [arranged / demanded] it',
        ],
      },
      'Kyle did the drop [[of his own accord]], according to the officer.',
      'Mia kept the drugs at home [[of her own volition]].',
      'The girls stayed at the flat [[by their own choosing]], officers concluded.',
      'She handed the phone over [[of her own free choice]].',
      'Tomasz was sleeping at the trap house [[out of his own free will]].',
      'Kyle went with the men [[of his own volition]].',
      'Amira made her way to the hotel [[under her own steam]].',
      'YP (14) came back [[on her own accord]] again, no explanation.',
      'Tia, 15, sent the photos [[off her own bat]].',
    ],
    correct: [
      'Jade came to the police station of her own accord to disclose the abuse.',
      'Kyle did not go of his own free will; he was taken.',
      'She contacted Childline of her own accord and told them about the men.',
      'M went to the police station of her own accord on Friday.',
      'She came home of her own accord after two nights missing.',
      'She went to the police station on her own accord to report him.',
    ],
  },
} satisfies RuleSpec
