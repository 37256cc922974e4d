import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'went-willingly',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{go}|{travel}|{stay}|{leave}|{return} willingly|voluntarily',
    '{go}|{travel}|{stay}|{leave}|{return} of $poss own accord|volition',
    '{go}|{travel}|{stay}|{leave}|{return} of $poss own free will',
    // A note's noun phrase: "Voluntary return to address.", "willing trip to the flat".
    'voluntary|willing|willingly|voluntarily return|returns|returned|trip|visit|journey|stay|went|goes to|at @choice-exploit-place',
    'voluntary|willing|willingly|voluntarily return|returns|returned|trip|visit|journey|stay|went|goes to|at address|flat|trap|hotel|property|house',
  ],
  unless: [
    'professional-subject',
    {
      followedBy: [
        'home|school|college|back',
        'to|with $poss|the? grandmother’s|grandmother|grandparents|nan’s|nan|gran|gran’s|mum|mum’s|mother|mother’s|dad|dad’s|father|father’s|aunt|aunt’s|uncle|uncle’s|sister’s|brother’s|cousin’s|foster|carer(s)|carer’s|social|placement|refuge|hospital|appointment|police|school|college|home|respite|unit',
      ],
      within: 1,
    },
  ],
  guards: {referent: true},
  message: '`{actual}` presents the child as a willing party to their own exploitation',
  suggestions: ['went with [adult] after [promise / threat / debt]'],
  note: 'A child cannot consent to being exploited, and consent to travel is irrelevant in law. Say what made the child go: who took them, what was promised or threatened.',
  adult: {
    message: '`{actual}` presents the person as a willing party to their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['MSA-S1-2', 'ECPAT-UK', 'ZT', 'NSVRC'],
  examples: {
    incorrect: [
      {
        text: 'She [[went willingly]] with the two men to Leeds.',
        suggestions: ['went with [adult] after [promise / threat / debt]'],
      },
      'Jay [[travelled voluntarily]] to the address in Kent.',
      'Mia [[went of her own accord]] to meet him at the station.',
      'He [[returned of his own free will]] to the flat on Friday.',
      'Staff believe she [[goes willingly]] when they collect her.',
      '[[Voluntary return to address]].',
      '- YP made a [[willing trip to the flat]] in Luton',
    ],
    correct: [
      'Voluntary return home, collected by mum.',
      'Voluntary return to the placement after school.',
      'She never went willingly; the men threatened her brother.',
      'Jade did not go willingly with them.',
      'The police officers went voluntarily to the address to check on her.',
      'The IDVA went willingly to the hearing with her.',
      'Her mentor travelled voluntarily to Leeds to collect her.',
      'The SWO stayed willingly with her at A&E until 3am.',
      'Ruby (11) went willingly to her grandmother’s flat once the placement was agreed.',
      'The guidance warns against phrases such as "went willingly".',
      'Saying she went willingly suggests she had a choice.',
    ],
    info: ['She told me that she "[[went willingly]]" because she owed them money.'],
    knownMisses: ['She was more than willing to go with them.'],
  },
} satisfies RuleSpec
