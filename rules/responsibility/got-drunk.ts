import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'got-drunk',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{get} drunk|wasted|hammered|stoned|high|intoxicated',
    '{get} @degree|extremely|blind|rather|pretty|very? drunk|wasted|hammered|stoned|high|intoxicated',
    '{have} been drinking',
    '{have} @degree? @degree? been drinking|boozing',
    // Intoxication as the child's own state (`@choice-intoxicated`): "off her face on ket", "out of his head".
    '@be|{get} @choice-degree? @choice-intoxicated',
    '@choice-intoxicated on|with @choice-substance',
    'binge|underage|heavy|excessive|regular drinking',
    '{drink} and {smoke}',
    '{get} $self in|into a|such-a|a-right|these|those? state|states|mess|messes',
    // Drinking alone as a concern in a list ("Concerns: older b/f, drinking, sexting").
    'drinking|drinks|boozing',
    'was|is|were|are|been out drinking',
    '{go} drinking',
    '{be} drinking alcohol|heavily|again',
    '{drink} heavily|excessively|to-excess',
    '{be} often|always|regularly|frequently|usually drunk|intoxicated|wasted|high|stoned',
  ],
  unless: [
    // Drinks given or named as things ("was given drinks", "soft drinks", "drinking water").
    {
      precededBy: [
        'given|bought|offered|spiked|supplied|provided|poured|handed|fizzy|soft|energy|hot|cold|sugary|some|free|of|no|stopped|stop|quit|reduce|reduced|reducing|parental|adult|adults|mum|dad|mother|father|carer|carers|his|their|the|men|man|males|for|any|few|couple|two|three|food|more|fewer|less|what|whose|her|my|your|our',
      ],
      within: 1,
    },
    {
      followedBy: [
        'water|tea|juice|milk|fluids|squash|coffee|plenty|enough|were|was|are|is|from|by|given|bought|supplied|provided|machine|bottle|bottles|can|cans|fountain|and-food|and-snacks|problem|problems|habits|none|nil|unknown|yes|no|0|1|2|3|4|5|6|7|8|9|10',
      ],
      within: 1,
    },
    {followedBy: ['water|tea|juice|milk|fluids|squash|coffee|plenty|enough'], within: 1},
    'adults-who',
    'young-people-in-general',
  ],
  message: '`{actual}` presents alcohol or drug use as the child’s choice, not something adults supplied',
  suggestions: ['was given [substance] by [adult]', 'was supplied with [substance] by [adult]'],
  note: 'Adults often supply alcohol and drugs to groom and control children, and this is an indicator of exploitation. Record who supplied what, where and when.',
  sources: ['NSPCC-RISK', 'OUTSHADOWS'],
  examples: {
    incorrect: [
      'Leah (14) [[got very drunk]] and went with them.',
      {
        text: 'Jade [[got drunk]] at the flat on Saturday.',
        suggestions: ['was given [substance] by [adult]', 'was supplied with [substance] by [adult]'],
      },
      'Kyle [[had been drinking]] when police found him in Hull.',
      'Amira [[was out drinking]] in the park until 2am.',
      'She [[goes drinking]] with the group at weekends.',
      'Tomasz [[is drinking heavily]] again.',
      'Jade [[drinks excessively]] at the parties.',
      'Jess [[is often drunk]] when she comes home.',
      'The 15yo [[had clearly been drinking]] and was with the older males.',
      'YP [[was off her face]] at the party.',
      'Concerns: older b/f, [[drinking]], out till all hours',
      '[[Binge drinking]] at weekends with the older lads.',
      'She [[drinks and smokes]] with the older lads.',
      'poss cse – yp (13) [[gets herself in states]] most weekends',
      '[[Off her face on ket]] at the party.',
    ],
    correct: [
      'The men got very drunk and threatened her.',
      'Jade was given vodka by two adult men at the flat.',
      'The men had been drinking before they drove her to Hull.',
      'There was no sign she had been drinking.',
      'She has been drinking water and eating well since placement.',
      'The men gave her drinks and cannabis at the flat.',
      'She drinks plenty of water at school.',
    ],
  },
} satisfies RuleSpec
