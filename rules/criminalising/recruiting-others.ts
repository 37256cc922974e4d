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
    '{bring} other|more|younger|new girls|boys|children|kids|friends to the flat|house|address|parties|party',
    '{be}? a recruiter',
    '{introduce} other|more|younger girls|boys|children|kids|friends to $obj',
    '{introduce} other|more|younger girls|boys|children|kids|friends to the men|adults|group|olders|elders',
    // Bringing others in, in any verb of taking: "drags them to the flat", "lures younger girls into it".
    '{drag}|{lure}|{entice}|{pull}|{draw} them|others to|into|along',
    '{drag}|{lure}|{entice}|{pull}|{draw}|{take}|{bring} other|younger|new girls|boys|children|kids|friends|peers|residents to|into|along',
  ],
  unless: [
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
    ],
    correct: [
      'The men told Jade to bring other girls to the flat and gave her vodka when she did.',
      'Jade was pressured by Lee, 31, to introduce other children to the group.',
      'The adults recruited other children through Snapchat.',
      'Jade did not recruit other girls; she was threatened into staying quiet.',
    ],
  },
} satisfies RuleSpec
