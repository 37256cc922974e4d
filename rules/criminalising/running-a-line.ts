import type {RuleSpec} from '../../src/types.js'

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
    // The exploiters' line told as the child's to run: "running their Aberdeen line",
    // "runs county for the Eastside crew", "works OT".
    '{run}|{hold}|{manage}|{operate} $poss _ _? line|deal-line|county-line',
    '{run}|{work} county|cunch|ot',
    '{take} over the|a|$poss line|lines|deal-line|phone',
    '{be} a|the line-holder|line-boss|line-owner',
    // Promotion within the line: the exploitation told as a career.
    '{get}|{be} promoted to|within|in the|a? line|gang|group|crew|holding|running|line-holder|line-boss|runner|dealer|shotter',
    '{get}|{be} promoted to|onto running|holding|minding|answering|managing|handling|doing the|a? phone|phones|line|bag|stash|cash|money|trap|flat|runners|drops|books',
    // The enterprise frame: "his own little business going", "running it as a trap house",
    // "the boss of his own little empire" (the boss-of-younger-children rule), "his own racket".
    // Bare "his own business" is entrepreneurial's; running or having one stays here.
    '$poss own little? empire|little-business|operation|enterprise|racket|outfit|set-up|setup|sideline|side-line|trade|thing-going|little-earner',
    '{run}|{use}|{operate}|{turn} it|$poss|the flat|house|room|place|address|home? as|into a|an trap|trap-house|bando|drug-den|crack-den|crack-house|drugs-den|stash-house|safe-house',
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
        '@crime-adult-age year old',
        'adult|older',
      ],
      within: 2,
    },
    {precededBy: ['@crime-adult-age'], within: 5},
    // "The line holder, Dre, is 26."
    {followedBy: ['@crime-adult-age'], within: 3},
    'crime-made-to-work',
    {precededBy: ['compelled|expected to', '{have} $obj'], within: 3},
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
      'Youth worker: Deji has [[his own little operation]] going with the phones.',
      'Housing: the son (17) is [[running the flat as a trap house]].',
      'Kai (15) has [[been promoted to holding the stash]] at the flat.',
      'Kyle (16) was [[running their Aberdeen line]] when he was arrested.',
      'Riley (14) [[runs county]] for the Eastside crew.',
    ],
    correct: [
      'Dre, 31, runs their Aberdeen line from Dundee.',
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
