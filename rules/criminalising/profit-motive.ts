import type {RuleSpec} from '../../src/types.js'

const adultAges =
  '18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99'

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
        adultAges,
        'man|men|adult|adults|male|males|exploiter|exploiters|dealer|dealers|gang|gangs|group|groups|network|networks|olders|elders|trafficker|traffickers|gangmaster|gangmasters|they|who|which|that',
      ],
      within: 2,
    },
    {
      precededBy: [
        'children|people|victims|youngsters|pupils|teenagers|adolescents|minors|boys|girls|students|individuals may|can|could|might|will|often|also|sometimes|commonly|typically|frequently|are|being|who',
      ],
    },
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
