import type {RuleSpec} from '../../src/types.js'

const adultAges =
  '18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99'

export default {
  id: 'running-a-line',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  // What perpetrators do: an adult subject is not the child.
  guards: {adults: true},
  phrases: [
    '{run}|{hold}|{own}|{control}|{manage}|{operate} a|the line|deal-line|county-line',
    '{run}|{hold}|{own}|{control}|{manage}|{operate} a|the _ line|deal-line|county-line',
    '{run}|{hold}|{own}|{control}|{manage}|{operate} lines|deal-lines|county-lines',
    '{run}|{hold}|{own}|{control}|{manage}|{operate} county-line|deal-line',
    '{be}? {run}|{have} $poss own line|lines|deal-line|business|operation',
    '{set} up $poss own line|lines|deal-line|business|operation',
    '$poss own line|lines|deal-line',
    '$poss drug|drugs|deal line|lines',
    'line holder(s)',
    '{take} over the|a|$poss line|lines|deal-line|phone',
    '{be} a|the line-holder|line-boss|line-owner',
    // Promotion within the line: the exploitation told as a career.
    '{get}|{be} promoted to|within|in the|a? line|gang|group|crew|holding|running|line-holder|line-boss|runner|dealer|shotter',
  ],
  unless: [
    {
      followedBy: [
        'of|manager|managers|management|through|across|under|down|up|on|with|call|calls|for-the-police',
      ],
    },
    {
      precededBy: [
        'who|that|which',
        'man|men|adult|adults|male|males|exploiter|exploiters|dealer|dealers|gang|gangs|group|network|olders|elders|uncle|brother|cousin|boyfriend|partner',
        `${adultAges} year old`,
        'adult|older',
      ],
      within: 2,
    },
    {precededBy: [adultAges], within: 5},
    // "The line holder, Dre, is 26."
    {followedBy: ['@crime-adult-age'], within: 3},
    {
      precededBy: [
        'made|forced|told|ordered|pressured|coerced|exploited|compelled|used|expected|instructed|threatened|groomed|sent|tasked|required|trafficked to',
        '{make}|{have}|{let} $obj',
        '{force}|{tell}|{order}|{pressure}|{coerce}|{threaten}|{send}|{exploit}|{use} $obj to',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` presents a criminally exploited child as running a drug line',
  suggestions: [
    'was made to take drug orders for [adult]',
    'was criminally exploited by [adult] to move drugs',
  ],
  note: 'County lines are run by adults who take the profit; describing a child as running or holding a line adopts the exploiters’ framing of enterprise. Say who set up the line, what the child was made to do and how they were controlled.',
  sources: ['CARDIFF-LANG', 'CARDIFF-TERMS', 'CL-GUID', 'NSPCC-CCE'],
  examples: {
    incorrect: [
      {
        text: 'Kai, 15, was [[running a line]] between Birmingham and Hereford.',
        suggestions: [
          'was made to take drug orders for [adult]',
          'was criminally exploited by [adult] to move drugs',
        ],
      },
      'Police believe Ellis [[runs the Ipswich line]] from his bedroom.',
      'By 16 he [[ran his own line]] in Lowestoft.',
      'Jordan (15) is thought to [[be running his own business]] in Bath.',
      'Intelligence suggests [[his own line]] now reaches Taunton.',
      'Intelligence shows [[his drugs line]] runs from Bristol to Yeovil.',
      'Jordan [[was the line holder]] for the Bristol line in 2024.',
      'The intelligence report says Tyler, 16, [[is a line holder]] in Swindon.',
      'Mason [[holds the line]] most nights in Torquay.',
      'Kai [[controls lines]] in three towns, the report says.',
      'At 15 Leon [[set up his own line]] in Weymouth.',
      'Kai [[took over the line]] when Deano was arrested.',
      'After two months Kai [[was promoted to holding the line]] phone.',
      'Intel: YP (16) [[runs deal line]] into Minehead',
    ],
    correct: [
      'Deano, 28, runs a line from Luton to Bedford and used Kai to carry drugs.',
      'The 30-year-old line holder was arrested in Hereford.',
      'The line holder, Dre, is 26 and lives in Luton.',
      'The man who runs the line took Kai to Swindon.',
      'Kai was made to hold the deal-line phone by Deano, 26.',
      'Kai is not running a line; adults are exploiting him to move drugs.',
      'The police are running a line of enquiry into the men at the flat.',
      'His line manager at the college said he had missed three days.',
      'Avoid phrases such as "running his own line" about a child.',
    ],
  },
} satisfies RuleSpec
