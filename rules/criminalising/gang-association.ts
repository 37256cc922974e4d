import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'gang-association',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  phrases: [
    // The child as the one who seeks out the group exploiting them.
    // Active forms only: "children associated with gangs" is a category, not a choice.
    'associate|associates|associating|mix|mixes|mixed|mixing|{socialise}|{socialize}|{party}|{chill}|{run} with @crime-gang-ref',
    '{hang} around|about|out with @crime-gang-ref',
    '{knock} about|around|round with @crime-gang-ref',
    '{spend} time with @crime-gang-ref',
    '{be} friends|mates|pals with @crime-gang-ref',
    // Joining or being initiated, and the gang's life embraced: "joined the Holloway Boys",
    // "was initiated into the line", "glamorises road life", "reps his postcode", "deep in the game".
    '{join}|{sign} up? with|to? @crime-gang-ref',
    '{join} the|a _? line|mandem|youngers|olders|set|ocg',
    '{be}|{get} initiated|inducted|jumped|blooded into|in|by @crime-gang-ref',
    '{be}|{get} initiated|inducted|jumped|blooded into|in the|a _? line|crew|set|ocg|firm|mandem|group',
    '{embrace}|{glamorise}|{glamorize}|{glorify}|{romanticise}|{romanticize}|{idolise}|{idolize}|{love}|{enjoy} the? gang|street|road|trap|drug|drugs|criminal|county-lines life|lifestyle|culture|world|scene|game',
    '{rep}|{represent} $poss|the|their ends|endz|postcode|gang|set|block|crew|estate',
    '{be}|{get} deep|knee-deep|neck-deep|heavily|fully|firmly|well|in-deep in|into the game|trap|gang|gang-life|road-life|road|streets',
    'the drug|drugs|dealing|county-lines|trap|road game',
    // Membership told as belonging: "part of the county lines network", "belongs to the gang",
    // "aligned with the Moss Side gang", "has gone back to the line".
    '{be} part|a-part|one of the|a|an|$poss _? _? gang|gangs|crew|line|network|ocg|operation|firm|set|mandem|county-lines-network',
    '{belong} to the|a|an _? _? gang|crew|line|ocg|firm|set|network',
    '{be} aligned|affiliated|allied|associated with|to the|a|an _? _? gang|crew|ocg|line|set|firm',
    '{go}|{get}|{be} back with|to|into the|a _? gang|line|crew|olders|elders|mandem|ocg',
  ],
  unless: [
    'professional-subject',
    // A place or a thing as the subject ("the flat is part of the network"), or an adult given an age.
    {
      precededBy: [
        'flat|flats|house|address|addresses|car|phone|number|it|this|that|which|area|estate|premises|property|account',
      ],
      within: 1,
    },
    {precededBy: ['@crime-adult-age'], within: 2},
  ],
  message: '`{actual}` casts the child as choosing the group that is exploiting them',
  suggestions: [
    'is being targeted by [named adults / network]',
    'is being criminally exploited by [network]',
  ],
  note: 'Gang association wording makes the child the one who seeks out the group, and gang labels fall unevenly on Black boys. Say who is targeting the child, how they make contact and what they make the child do.',
  sources: ['LM', 'COP-MET', 'YJB-GANG', 'OXON'],
  examples: {
    incorrect: [
      'Callum (15) [[knocks about with the Leith lot]] most nights.',
      {
        text: 'Tyrese (15) [[associates with a gang]] from the Eastside estate.',
        suggestions: [
          'is being targeted by [named adults / network]',
          'is being criminally exploited by [network]',
        ],
      },
      'He has continued to [[associate with known nominals]] despite the plan.',
      'Kai [[hangs around with the Hillside crew]] after school.',
      'Kai [[is friends with gang members]] from the estate, his mum says.',
      'Jordan (14) [[spends time with gang members]] at the park.',
      'Reece has been [[mixing with the Moss Side boys]] since the summer.',
      'He [[joined the Holloway Boys]] last year, his mum says.',
      'Kai (14) [[joined the line]] in the summer holidays.',
      'Tyler [[was initiated into the gang]] at 13, police intel says.',
      '- [[got jumped into the Eastside crew]] (YP 15)',
      'Since Year 9 he has [[glamorised road life]] on Snapchat.',
      'Kai [[loves the gang lifestyle]], his carer says.',
      'He [[reps his postcode]] in drill videos.',
      'Jay (16) [[is deep in the game]] now, the YOT worker wrote.',
      'He knows [[the drug game]] better than most adults.',
      'He [[is part of the county lines network]] in Ipswich.',
      'Kai (15) [[belongs to the gang]], per the DS.',
      'Tyler [[is aligned with the Moss Side gang]], intel suggests.',
      'After release he has [[gone back to the gang]].',
      'Kai (15) [[is part of the crew]], intel says.',
    ],
    correct: [
      'Officers knock about with the youth team at the summer fair.',
      'Adults from the Eastside network are targeting Tyrese (15) at school.',
      'Tyrese is not associating with a gang; adults have been contacting him.',
      'Officers associate with the local gang unit on these cases.',
      'The inspection theme is children associated with gangs and children missing from home.',
      'Avoid wording such as "associates with a gang" for exploited children.',
      'Kai joined the football team at school in September.',
      'Kai represents his school at football.',
      'The men glamorised gang life to draw Kai in.',
      'Kai was not initiated into the gang; he was threatened by it.',
      'He is doing well in the game on Saturday, his coach said.',
      'The flat is part of the county lines network that exploited Kai.',
      'Kai is part of the football team at school.',
      'Kai went back to the youth club on Friday.',
      'Dre, 26, belongs to the gang that exploited Kai.',
    ],
  },
} satisfies RuleSpec
