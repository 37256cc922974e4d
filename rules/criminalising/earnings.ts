import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'earnings',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  // What perpetrators do: an adult subject is not the child.
  guards: {adults: true},
  phrases: [
    '{earn}',
    '{make} money|cash from|by|through|selling|dealing|running|doing',
    '{make} good|easy|quick|decent|big|serious|real money|cash',
    '{make}|{earn} a|$poss living from|by|through|selling|dealing',
    '$poss wages|earnings|salary|pay-packet|paycheque|paycheck',
    '{get}|{be} paid for $poss work|time|services|efforts',
    '{get} paid',
    // The child as an earner: "main earner for the crew", "a good earner".
    'main|big|top|good|best|biggest|real|little? earner(s)',
    '{get}|{earn}|{receive}|{draw} a|$poss weekly|daily|regular|good|decent? wage|wages|salary',
    'on a|$poss weekly|daily|regular? wage|wages|salary',
    '{be}|{get} paid a? weekly|daily|regular? wage|wages|salary',
    'payment|payments for|per each|every? @crime-job-unit',
    '$poss pay|cut|takings from the|a _? line|gang|flat|trap|olders|elders',
    // The pay frame in idiom: "well paid", "paid handsomely", "earned every penny",
    // and small money for errands ("pocket money for running errands", "a few quid for doing drops").
    '@crime-job-pay',
    '@crime-small-money for|from running|doing|holding|carrying|minding|moving errands|drops|runs|bits|favours|parcels|packages|deliveries|the-bag|the-phone|the-stash',
    '@crime-small-money on the side',
    // The reward as pay for a job well done: "well paid for it", "rewarded handsomely for his trouble".
    '{be}? well|handsomely|generously|nicely paid|rewarded for it|this|that',
    '{be}? well|handsomely|generously|nicely paid|rewarded for $poss trouble|work|efforts',
    '{be}? rewarded handsomely|generously|well|nicely',
    '{be}? well|handsomely|generously rewarded',
    // The pay as hearsay: "is said to be well paid", "believed to be earning good money".
    '@crime-hearsay-to be? well|handsomely|generously|nicely|decently paid|rewarded',
    '@crime-hearsay-to be {earn}|{make} good|decent|serious|big|easy|quick|real? money|cash',
  ],
  unless: [
    {
      followedBy: [
        '$poss|the|a|their trust|confidence|respect|place|keep|stripes',
        'trust|respect|praise|points|credits|merits|rewards|qualifications|a-place|a-reward|a-certificate|a-badge|interest|grades|marks|gcses|medal|medals|award|awards|recognition',
        'good|top|high grades|marks|reports|feedback',
      ],
    },
    {
      precededBy: [
        'would|could|might|will|can',
        'promised|told|offered|believed|thought|hoped|expected|assured|persuaded|tricked|lied',
        'promised|told|offered|assured|persuaded $obj',
      ],
      within: 3,
    },
    // "wanted to earn", "a chance to make money", "promised to be well paid": "to" just
    // before, or two words before ("to be paid"); not a "to" in the clause before
    // ("sold pics to adult subscribers; she's earning").
    {precededBy: ['to', 'to be|get|have', 'to have been'], within: 1},
    // The adults earn: "the gang earns", "the men were earning" (not "worked for a gang and earning").
    {
      precededBy: [
        'line|lines|gang|gangs|network|networks|group|ocg|operation|business|exploiters|olders|elders|dealers|men|adults|they|trafficker|traffickers|gangmaster|boss',
        'line|lines|gang|gangs|network|networks|group|ocg|operation|business|exploiters|olders|elders|dealers|men|adults|they|trafficker|traffickers|gangmaster|boss is|are|was|were|has|have|had|been|be|keeps|kept',
        '@crime-adult-age',
        '@crime-adult-age year old',
        '@crime-adult-age year old is|was|has|had',
      ],
      within: 1,
    },
    {
      precededBy: [
        'withheld|kept|took|takes|taking|keep|keeps|withhold|withholds|withholding|stole|steals|stealing|confiscated|deducted|docked|unpaid|owed|no|any',
        'withheld|kept|took|takes|taking|keep|keeps|withhold|withholds|stole|steals|confiscated|deducted|docked all? of',
      ],
      within: 2,
    },
    {followedBy: ['were|was withheld|kept|taken|deducted|stolen|confiscated|docked|held|retained|unpaid']},
    {followedBy: ['nothing|little|less|late|only|very-little|in-full|by']},
    // School and good conduct: "rewarded well for his GCSE results".
    {
      followedBy: [
        'for $poss|the|good? gcse|gcses|results|grades|exams|exam|behaviour|attendance|effort|efforts-at-school|progress|work-at-school|homework|good-behaviour',
      ],
      within: 2,
    },
    // Ordinary errands for family: "pocket money for running errands for his nan".
    {
      followedBy: [
        'for|at $poss|the? mum|mother|dad|father|nan|gran|grandad|grandma|grandparents|aunt|uncle|neighbour|neighbours|family|school|teacher|carers|home|house',
        'around|round|about the|$poss house|home|garden|flat',
      ],
      within: 2,
    },
    {precededBy: ['hard|well|money|cash|income|profit|profits|amount|sum|sums|everything|anything']},
    {
      precededBy: [
        'wage|household|family|second|sole|only|higher|high|low|lower|middle|top|bread|main|biggest|basic-rate|higher-rate',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` presents what adults gave a criminally exploited child as earnings from a job',
  suggestions: ['was given [amount] by [adult]', 'was promised [amount] by [adult] to [task]'],
  note: 'Money given by exploiters is a grooming and control tool, not a wage the child earned. Record what was given or promised, by whom and for what, and say who profited.',
  sources: ['NSPCC-CCE', 'CARDIFF-LANG', 'NRM-FORM', 'CCE-DEF'],
  examples: {
    incorrect: [
      'Kai (15) is [[making a fortune]] on the line, the log says.',
      'Jordan (14) is [[raking it in]], according to his cousin.',
      'He [[was flush with cash]] after the weekend in Hull.',
      'Tyler [[is paid a weekly wage]] in cash.',
      {
        text: 'Jordan, 15, [[earns]] £300 a week running drugs to Hereford.',
        suggestions: ['was given [amount] by [adult]', 'was promised [amount] by [adult] to [task]'],
      },
      'By the summer Kai was [[earning]] £200 a day in Swindon.',
      'Leon [[made money from]] carrying cannabis for the olders.',
      'Staff think Tyler (14) [[makes good money]] on the estate.',
      'He [[makes a living from]] holding drugs in Margate.',
      'Kai spent [[his wages]] on trainers and a new phone.',
      'Leah spent [[her earnings]] on vapes and a phone.',
      'Reece (16) [[got paid for his work]] at the flat in Exeter.',
      'Mason [[is paid for his time]] at the trap address.',
      'Dion has [[earned]] about £2,000 since March, police estimate.',
      'Kai [[got paid]] £50 for each run to Hereford.',
      'He was [[getting paid]] to hold the phone overnight.',
      '| Tyrell | 16 | [[main earner]] for the Southside line |',
      'The officer described Kai (14) as a [[good earner]] for the line.',
      'Reece (15) [[gets a weekly wage]] from the olders.',
      'He was given cash as [[payment for each run]] to Minehead.',
      'Kai spent [[his pay from the line]] on a new phone.',
      'Kai (14) has been [[on a daily wage]] from the line since June.',
      'The two boys on the Hull run [[are well paid]], the intelligence says.',
      'Nico gets [[pocket money for running errands]] every weekend.',
      'Taylor (15) makes [[a few quid on the side]] at the weekend.',
      'Liam (15) [[was handsomely rewarded for his trouble]].',
      'Kai (15) [[was rewarded handsomely]], the YOT report says.',
      'Tyler (15) [[was nicely rewarded for it]], the log says.',
      'Summary for panel: boy (15) is frequently plugged, [[well rewarded]]',
      'Daniel (16) is working the Hull line and is [[said to be well paid]] for it.',
      'Kai, 15, is [[believed to be earning good money]] in Swindon.',
      'Intel: YP (14) [[reported to be well paid]] for the runs',
      'Kai (15) sells to them and [[earns]] about £50 a week, the note says.',
    ],
    correct: [
      'The men behind the line are raking it in while Kai is paid nothing.',
      'Kai was promised he would make a fortune and was given nothing.',
      'Staff at the home are paid a weekly wage.',
      'Kai, 15, was given £300 a week by Deano, 24, to carry drugs to Hereford.',
      'Jordan was promised he would earn £300 a week and was paid nothing.',
      'Tomasz was promised £30 a day at the car wash; his wages were withheld by the gangmaster.',
      'Deano, 28, earns thousands from the line and uses children to run it.',
      'Over six months Leah earned the trust of her foster carer.',
      'Before the exploitation began Kai earned good grades at school.',
      'The money earned by Deano from the line was seized.',
      'The gangmaster kept his wages for rent and food.',
      'Tomasz never got paid for the weeks at the car wash.',
      'He got paid nothing for six weeks at the nail bar.',
      'The line earns about £3,000 a day, the police intelligence report says.',
      'Avoid words such as "earnings" or "wages" for money exploiters give a child.',
      'His mum is the main earner in the household and works nights.',
      'Nico gets pocket money for running errands for his nan.',
      'Kai was told he would be well paid and was given nothing.',
      'The men who run the line are well paid, officers believe.',
      'He was rewarded well for his GCSE results.',
      'Her mum was well paid for her work as a nurse.',
      'The boy (15) was made to tend the crop by a gang, which kept the money.',
      'Kai was told he was going to be well paid and was given nothing.',
      'Deano, 26, is said to be well paid by the network, officers believe.',
      'The men who run the line are believed to be earning good money.',
    ],
  },
} satisfies RuleSpec
