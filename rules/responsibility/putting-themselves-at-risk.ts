import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'putting-themselves-at-risk',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: [
    '{put}|{place} $self at|in _? risk|danger',
    "{put}|{place} $self in harm's way",
    '{put}|{place} $self in risky|dangerous|unsafe|vulnerable|harmful situations|positions',
    '{expose} $self to _? risk|danger|harm|dangers|risks',
    'at risk due-to|because-of $poss own? behaviour|behavior|choices|actions|decisions|lifestyle',
    '{put}|{place}|{expose} @choice-self at|in|to @degree? _? risk|danger|harm',
    '{put}|{place}|{get} @choice-self in|into these|those|such|similar|compromising|exploitative|risky|dangerous|unsafe|vulnerable|harmful situations|positions|circumstances',
    // "places herself in situations of risk", "will not keep himself safe".
    '{place}|{put} $self in|into situations|positions|places of risk|danger',
    'will|would|does|do|can|could not|never keep $self safe',
    "won't|wouldn't|doesn't|can't|couldn't keep $self safe",
    // The child made the author of their own exposure: "makes himself vulnerable", "leaves herself
    // open to exploitation", "her behaviour is putting her at risk".
    '{make} $self vulnerable|a-target|an-easy-target|easy-prey',
    '{leave} $self open|vulnerable|exposed to exploitation|abuse|grooming|harm|risk|danger|predators|being-exploited',
    '$poss own? behaviour|behaviours|behavior|behaviors|actions|choices|conduct {be}? {put}|{place} $obj at|in _? risk|danger',
  ],
  unless: [
    {
      precededBy: [
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents',
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents who|that',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` locates the source of harm in the child instead of the adults who create it',
  suggestions: ['is at risk of harm from [adult]', 'is being exposed to harm by [adult]'],
  note: 'Children do not put themselves at risk; adults who exploit them create the risk. Name the adults, the place and what they did.',
  sources: ['LSCB-TBL', 'CARDIFF-LANG', 'NSPCC-RISK', 'HMICFRS-MET', 'DURHAM'],
  examples: {
    incorrect: [
      'Kai (15) [[makes himself vulnerable]] by going to the flat.',
      'Jade [[leaves herself open to exploitation]], the note says.',
      '[[Her behaviour is putting her at risk]], the school says.',
      {
        text: 'Jade [[puts herself at risk]] by going to the flat.',
        suggestions: ['is at risk of harm from [adult]', 'is being exposed to harm by [adult]'],
      },
      'Kyle keeps [[placing himself at significant risk]] in Luton.',
      'She [[puts herself in danger]] most weekends.',
      "Amira [[put herself in harm's way]] by meeting the man.",
      'Tomasz has [[placed himself in dangerous situations]] with older males.',
      'Jade is [[exposing herself to online dangers]] by chatting late at night.',
      'Social workers feel Jade is [[putting herself at risk]] at the hotel.',
      'Kyle is [[at risk because of his own choices]] in Luton.',
      'Because he keeps [[placing himself in these situations]], there is little more we can do.',
      'Risk: [[placing self at risk]] by going missing',
      'He [[places himself in compromising situations]] with older men.',
      'She has [[exposed herself to harm]] by going to the parties.',
      'Outcome of CPCC: child (13) [[places herself in situations of risk]] with adults',
      'Reece is 15 and [[will not keep himself safe]] in placement.',
      "Staff say Kai (14) [[won't keep himself safe]] at weekends.",
    ],
    correct: [
      'The men made themselves known to the children at the park.',
      'Leah’s mum leaves herself open to criticism, she says.',
      'The men’s behaviour is putting her at risk.',
      'Jade is not putting herself at risk; adults are targeting her.',
      'Avoid phrases such as "putting themselves at risk" in referrals.',
      'Jade is at risk of harm from the men at the flat.',
      'Adults are placing her at risk by supplying alcohol.',
      'The men put her in dangerous situations at the hotel.',
      'The plan helps Reece (15) keep himself safe from Deano, 24.',
    ],
  },
} satisfies RuleSpec
