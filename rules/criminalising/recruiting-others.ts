import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'recruiting-others',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  // What perpetrators do: an adult subject is not the child.
  guards: {adults: true},
  phrases: [
    '{recruit} two|three|four|five|several|some|other|more|younger|new children|girls|boys|kids|pupils|friends|peers',
    '{recruit} other|more|younger young people',
    // Telegraphic notes: "- recruiting peers", "leading others astray".
    '{recruit} peers|friends|classmates|schoolmates|others|mates',
    '{lead} others|peers|friends|classmates|the-younger-ones|younger-ones|younger-children|younger-kids|younger-boys|younger-girls astray',
    '{bring} other|more|younger|new girls|boys|children|kids|friends to the flat|house|address|parties|party',
    '{be}? a recruiter',
    '{introduce} other|more|younger girls|boys|children|kids|friends to $obj',
    '{introduce} other|more|younger girls|boys|children|kids|friends to the men|adults|group|olders|elders',
    // Bringing others in, in any verb of taking: "drags them to the flat", "lures younger girls into it".
    '{drag}|{lure}|{entice}|{pull}|{draw} them|others to|into|along',
    '{drag}|{lure}|{entice}|{pull}|{draw}|{take}|{bring} other|younger|new girls|boys|children|kids|friends|peers|residents to|into|along',
    // The same frame built from classes: any verb of bringing in or moving other children
    // ("drags the younger girls into it", "recruiting the younger boys", "bringing kids up from London").
    '{recruit} @crime-younger-kids',
    '{drag}|{lure}|{entice}|{pull}|{draw}|{rope}|{get}|{bring}|{groom} @crime-other-kids in|into|along',
    '{bring}|{ferry}|{move}|{transport}|{traffic}|{ship} @crime-other-kids up|down|over|across|in from|to',
    '{introduce} @crime-other-kids to $poss|the older|adult mates|friends|men|lads|boys|contacts|crew|associates',
    '{introduce} @crime-other-kids to @crime-exploiter-ref',
    '{set} @crime-younger-kids up with',
    // Drawing others in for the exploiters: "grooming younger boys for the line", "leading the younger
    // girls into it", "bringing school friends to open accounts".
    '{groom}|{recruit}|{bring}|{lead}|{get} @crime-younger-kids for the|a|$poss line|lines|gang|olders|elders|men|crew',
    '{lead}|{bring}|{get}|{draw}|{pull} @crime-younger-kids into it|this|that|the-gang|the-line',
    '{bring}|{get}|{recruit} school|college? friends|mates|classmates|peers to open|set-up|hand-over|lend accounts|an-account|bank-accounts|their-accounts',
    // Friends and relatives drawn in: "got her mates involved", "pulled his little brother into it",
    // "introduced his cousin to the olders", "brought her friend along to the flat".
    '{get}|{bring}|{drag}|{pull}|{draw}|{rope}|{suck} @crime-peer-ref involved|into-it|into-this|into-the-line|into-the-gang|into-dealing|into-selling|in-on-it',
    '{bring}|{take}|{drag} @crime-peer-ref along? to|into the|a|$poss? flat|house|parties|party|address|hotel|trap|trap-house|men|olders',
    '{introduce} @crime-peer-ref to @crime-exploiter-ref|$obj',
    // Other children pimped, groomed or exploited by the child: "pimping out other girls",
    // "grooming younger children", "sexually exploitative towards the younger girls".
    '{pimp} out? @crime-other-kids|@crime-peer-ref',
    '{groom}|{exploit} @crime-younger-kids',
    '{be}? sexually? exploitative|predatory towards|to|with|of @crime-other-kids',
    // Recruiting for the exploiters, and recruiting told as hearsay ("is basically recruiting for
    // him", "is thought to be recruiting younger boys"): the hearsay starts the phrase, so its "to"
    // is not read as "was made to".
    '{be}? recruiting|{recruit} for @crime-exploiter-ref|him|them',
    '@crime-hearsay-to be recruiting|grooming @crime-younger-kids|@crime-other-kids|@crime-peer-ref',
  ],
  unless: [
    // Friends drawn into something ordinary: "got her mates involved in the charity run".
    {
      followedBy: [
        'in|with the|a|an|$poss? charity|club|team|project|scheme|sport|football|fundraiser|fundraising|youth-club|school|college|event|events|activity|activities|programme|run|game|games|play|choir|band',
      ],
      within: 1,
    },
    {
      precededBy: [
        'to',
        'paid|promised|given|offered|bribed|rewarded to',
        'made|forced|told|ordered|pressured|coerced|exploited|compelled|used|expected|instructed|directed|threatened|groomed|sent|tasked|required|asked|manipulated|tricked to',
        '{make}|{have}|{let} $obj',
        '{force}|{tell}|{order}|{pressure}|{coerce}|{use}|{expect}|{instruct}|{threaten}|{groom}|{send}|{ask}|{exploit}|{push}|{pay}|{reward} $obj to',
        '{groom}|{coerce}|{pressure}|{force}|{exploit}|{trick}|{threaten}|{manipulate}|{push} $obj? into',
      ],
      within: 3,
    },
    // "was rewarded for introducing peers": the adults' control tactic, told as one.
    {
      precededBy: [
        'rewarded|paid|praised|given|bribed|used|groomed for',
        'money|cash|gifts|drugs|vapes|rewards for',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` blames an exploited child for a control tactic the adults use',
  suggestions: [
    'was pressured by [adult] to introduce other children',
    'was rewarded by [adult] for introducing other children',
  ],
  note: 'Exploiters often pressure or reward children to bring in other children; it is a sign of control, not guilt. Say who asked the child to do it and what was promised or threatened.',
  sources: ['PACE-CL', 'CCE-DEF'],
  examples: {
    incorrect: [
      {
        text: 'Jade, 14, [[recruited other girls]] from her school for the men.',
        suggestions: [
          'was pressured by [adult] to introduce other children',
          'was rewarded by [adult] for introducing other children',
        ],
      },
      'Kyle is now [[recruiting younger boys]] on the estate.',
      'Keira [[recruited two friends]] into the parties at the flat.',
      'Jade [[brought other girls to the flat]] on at least two occasions.',
      'By March she [[was a recruiter]] for the group in Rotherham.',
      'Jade [[introduced other girls to the men]] at the takeaway.',
      'Staff worry he will [[recruit more young people]] at the PRU.',
      'Jade [[introduced younger girls to him]] at the park.',
      'Keira (15) is blamed by staff because she [[drags them along]] to the flat.',
      'Staff say Mia [[lures younger girls into]] the parties at the flat.',
      'Jordan (17) is now [[bringing kids up from]] Croydon on the train.',
      'The head of year says Kai [[drags the younger ones in]] whenever the olders ask.',
      'Lily [[introduced her friends to the older lads]] at the shisha bar.',
      'Tayo has started [[recruiting the new boys]] at the PRU.',
      'Ama (16) [[sets the younger girls up with]] men she meets at the shisha bar.',
      'Kian (15) has been [[grooming younger boys for the line]] himself.',
      'Carys (15) has been [[leading the younger girls into it]].',
      'Risk flag: account holder (16) has been [[bringing school friends to open accounts]]',
      '- [[recruiting peers]] at the PRU',
      'Concerns: [[leading younger ones astray]]',
      'YP (14) [[recruited friends]] for the line',
      'Jade (14) [[got her mates involved]] in the parties.',
      'He [[pulled his little brother into it]] last summer.',
      'Kai [[introduced his cousin to the olders]] in May.',
      'She [[brought her friend along to the flat]] on Friday.',
      'Leah (15) has been [[pimping out other girls]], staff say.',
      'Kai is [[grooming younger children]] at the PRU, staff fear.',
      'Maisie [[is sexually exploitative towards the younger girls]], her carer says.',
      '- [[gets other kids involved]]',
      'Rhys (14) [[recruited two Year 8s]] last term.',
      'Mollie (15) is basically [[recruiting for him]].',
      'Jamal (16) is [[thought to be recruiting younger boys]].',
    ],
    correct: [
      'The men were recruiting for the line at the school gates.',
      'The gang leader, 25, is thought to be recruiting younger boys.',
      'She is recruiting for the school football team.',
      'Exploited children may appear to be willing participants.',
      'County lines is a model of drug supply that exploits children.',
      'Adult 1 (26) recruiting peers of YP at the PRU',
      '- YP led the football team to a win',
      'The men told Jade to bring other girls to the flat and gave her vodka when she did.',
      'Jade was pressured by Lee, 31, to introduce other children to the group.',
      'The adults recruited other children through Snapchat.',
      'Jade did not recruit other girls; she was threatened into staying quiet.',
      'The teacher was leading the younger girls into the hall.',
      'Mum brings the younger kids to the flat for tea.',
      'Jade got her mates involved in the charity run.',
      'The men pimped out other girls from the home.',
      'Kai was made to bring his cousin along to the flat.',
      'She brought her friend along to the youth club.',
      'Dre, 25, introduced his cousin to Kai.',
      'The adults are grooming younger children at the park.',
    ],
  },
} satisfies RuleSpec
