import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'associates-with-adults',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    // The child as the one who keeps company with the exploiters (the group and the exploiters by name):
    // "associating with the group", "mixes with his exploiters" (men alone are `associating-with-older-men`'s).
    '{associate}|{mix}|{socialise}|{socialize}|{fraternise}|{fraternize}|{mingle} with|w the|those|these|that|$poss same? group|gang|olders|elders|crowd|network|exploiter(s)|abuser(s)|perpetrator(s)|groomer(s)|trafficker(s)|nominals',
    // The places of exploitation as the child's haunts (`@choice-exploit-venue`):
    // "known to frequent this address", "frequents the flat", "dipping in and out of the house".
    '{frequent} @choice-exploit-venue',
    // Places named by their risk (`@resp-concern-place`): "known to frequent addresses of concern",
    // "frequents known drug addresses", "frequents hotels with older men".
    '{frequent} @det? @resp-concern-place',
    // Seeking the group out ("seeks out older men" is `seeking-out-older-men`'s): "seeks out the olders".
    '{seek} out @det|those|these? olders|elders|group|gang|crowd',
    '{dip}|{flit}|{pop}|{drift}|{wander} in and out of @choice-exploit-venue',
    // Meetings in places of exploitation with the child as the one who arranges them:
    // "meets them in hotels", "meeting men at a Travelodge".
    '{meet}|{visit}|{see} $obj|him|them|@choice-men in|at @det? hotel|hotels|motel|motels|airbnb|airbnbs|b&b|b&bs|travelodge|premier-inn|guest-house|bedsit|trap|trap-house',
    // Attention drawn by the child: "courts attention from older boys", "courting the attention of men".
    '{court} @det? attention',
    '{court} @det? attention of|from @det? @choice-men',
    // Company named by its offending (`@resp-associate-verb`, `@resp-known-offenders`):
    // "associating with known offenders", "mixes with adults known to police", "hangs around with
    // convicted criminals", "associates herself with older men".
    '@resp-associate-verb with|w @det? @resp-known-offenders',
    '{associate} $self with',
    // The associations as a noun: "Concerns: negative peer associations".
    'negative|pro-criminal|risky|criminal|antisocial|anti-social|inappropriate|concerning|unsafe|unhealthy|harmful|exploitative peer? associations',
  ],
  unless: [
    'choice-generic-subject',
    'choice-agency-subject',
    'young-people-in-general',
    {
      precededBy: [
        'taken|brought|made|forced|told|sent|driven|ordered|pressured|pressurised|groomed|coerced|expected|instructed to',
      ],
      within: 1,
    },
    {followedBy: ['with|accompanied-by police|officers|staff|a-worker|her-worker|his-worker'], within: 3},
  ],
  guards: {adults: true},
  message: '`{actual}` makes the child the one seeking out the adults who exploit them',
  suggestions: ['has been found with [adult] at [address]', 'is being contacted and groomed by [adult]'],
  note: 'Exploiters seek out, groom and control children; saying the child “associates with” or “frequents” them hides who made the contact. Record who was found with the child, where, and what the adults did.',
  sources: ['CARDIFF-LANG', 'COP-MET', 'TCS-LP'],
  examples: {
    incorrect: [
      'She is known to [[frequent addresses of concern]] in Hull.',
      'Kai (15) [[frequents known drug addresses]].',
      'Leah [[frequents hotels]] with older men.',
      'Jade (14) is [[associating with known offenders]] in Leeds.',
      'He [[mixes with adults known to police]] at the station.',
      'Kai [[hangs around with convicted criminals]] in Luton.',
      '- [[spending time with known drug dealers]]',
      'She [[associates herself with]] older men at the park.',
      'Concerns: [[negative peer associations]]',
      '[[Risky associations]] in town (YP 15)',
      'She actively [[seeks out the olders]], she is 14.',
      'Josh (15) has been [[seeking out the group]] on Snapchat.',
      {
        text: 'MASH: YP known to [[associate with the group]] in the Heywood area.',
        suggestions: [
          'has been found with [adult] at [address]',
          'is being contacted and groomed by [adult]',
        ],
      },
      'Since May Jade has been [[associating with the group]] at the park.',
      'Kyle (14) [[mixes with his exploiters]] at the trap.',
      '- [[socialising with the olders]] most evenings (YP 15)',
      'MISPER (14) known to [[frequent this address]].',
      'She [[frequented the flat]] on Ash Road all summer.',
      'Ruby (14) has been [[dipping in and out of the house]] on Mill Lane.',
      'Josh (15) [[meets them in hotels]] in the city centre.',
      'Amira was [[meeting men at a Travelodge]] near the ring road.',
      'Mhairi (13) [[courts attention from the older boys]] at the chippy.',
      'Concerns: [[courting the attention of older men]] online',
    ],
    correct: [
      'Deano, 24, frequents known drug addresses in Hull.',
      'Officers frequent the hotels as part of Operation Makesafe.',
      'Deano, 24, associates with known offenders in Luton.',
      'Jade has been targeted by adults known to police.',
      'Officers spend time with known offenders as part of the IOM scheme.',
      'She has positive associations with the youth club.',
      'The men seek out children who are in care.',
      'The man, 34, is known to frequent the address.',
      'Deano, 31, frequents the flat on Ash Road.',
      'She was driven to meet them at a hotel by Deano.',
      'She no longer goes to the flat; she has moved to her aunt.',
      'Jade met her social worker at the hotel with police.',
      'The officers courted criticism for the delay.',
      'Avoid phrases such as "associates with older males" in referrals.',
      'Young people who associate with older males need a safety plan.',
      'Kyle has been mixing with other boys at the boxing club.',
      'Jade (15) met her mum at the hotel for lunch.',
    ],
  },
} satisfies RuleSpec
