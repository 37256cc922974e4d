import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'profit-motive',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  // What perpetrators do: an adult subject is not the child.
  guards: {adults: true},
  phrases: [
    '{do} it|this|that|everything for the money|cash',
    '$poss cut|share of the money|cash|profit|profits|takings|proceeds',
    '{take}|{get}|{keep}|{receive} a|$poss cut',
    '{take}|{get}|{keep}|{receive} a share of the money|cash|profit|profits|takings|proceeds',
    '{make}|{turn} a profit',
    '{profit} from',
    '{be}? financially|money|profit motivated',
    '{be}? motivated by money|greed|profit|cash',
    'for financial|personal gain',
    '{be}? motivated|driven by financial|material|monetary gain|reward|rewards',
  ],
  unless: [
    {precededBy: ['the|any|all|of']},
    {
      precededBy: [
        "abuser's|abusers'|perpetrator's|perpetrators'|exploiter's|exploiters'|offender's|offenders'|adult's|adults'|gang's|their",
        '@crime-adult-age',
        'man|men|adult|adults|male|males|exploiter|exploiters|dealer|dealers|gang|gangs|group|groups|network|networks|olders|elders|trafficker|traffickers|gangmaster|gangmasters|they|who|which|that',
      ],
      within: 2,
    },
    'crime-children-may',
  ],
  message: '`{actual}` presents a criminally exploited child as acting for profit',
  suggestions: ['was given [amount] by [adult]', 'was exploited by [adult], who profited'],
  note: 'Describing a child as motivated by money or taking a cut hides the adults who profit and the control they use. Record what the child was given or promised, by whom, and who gained.',
  sources: ['CCE-DEF', 'CARDIFF-LANG', 'NSPCC-CCE'],
  examples: {
    incorrect: [
      'Concerns: [[motivated by financial gain]]',
      {
        text: 'The officer felt Kai, 15, [[does it for the money]] and the status.',
        suggestions: ['was given [amount] by [adult]', 'was exploited by [adult], who profited'],
      },
      'Jordan [[did everything for the cash]] on the estate, the youth worker wrote.',
      'Tyler [[kept his cut of the money]] in a shoebox.',
      'Leon [[takes a cut]] of everything he sells in Margate.',
      'Reece [[got a share of the profits]] from the flat in Exeter.',
      'By the spring Mason was [[making a profit]] in Torquay.',
      'Dion [[profited from]] the drugs found in his room.',
      'Kai appears to [[be financially motivated]] and likes designer clothes.',
      'Staff believe Ellis [[is motivated by money]] rather than fear.',
      'Jordan carried the drugs [[for financial gain]], the sergeant concluded.',
    ],
    correct: [
      'Marcus, 30, who was seen with Kai at the Hillside flats, takes a cut of every deal.',
      'The men were motivated by financial gain.',
      'Deano, 28, profited from the drugs Kai was made to carry.',
      'The men took a cut of the money Leah was made to hand over.',
      "Children may be exploited for the abuser's gain.",
      'Kai does not do it for the money; he is frightened of the men.',
      'The exploiters are motivated by money and target children in care.',
      'Avoid phrases such as "in it for the money" about a child.',
    ],
  },
} satisfies RuleSpec
