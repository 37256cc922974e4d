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
    ],
    correct: [
      'Officers knock about with the youth team at the summer fair.',
      'Adults from the Eastside network are targeting Tyrese (15) at school.',
      'Tyrese is not associating with a gang; adults have been contacting him.',
      'Officers associate with the local gang unit on these cases.',
      'The inspection theme is children associated with gangs and children missing from home.',
      'Avoid wording such as "associates with a gang" for exploited children.',
    ],
  },
} satisfies RuleSpec
