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
  ],
  unless: ['professional-subject'],
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
    ],
  },
} satisfies RuleSpec
