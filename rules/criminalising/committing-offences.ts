import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'committing-offences',
  category: 'criminalising',
  severity: 'error',
  target: 'action',
  phrases: [
    '{commit} crimes|crime|offences|offenses',
    '{commit} several|multiple|numerous|many|various|further|serious|repeated crimes|offences|offenses',
    '{commit} a number|series of crimes|offences|offenses',
    '$poss offending',
    '{be} offending|reoffending|re-offending',
    '{be}? {work} illegally',
    '$poss criminality',
    '$poss criminal behaviour|activity|activities',
    '{engage} in criminality|crime|offending',
    '{engage} in criminal activity|activities|behaviour',
  ],
  unless: [
    {
      precededBy: [
        'children|people|victims|youngsters|teenagers|adolescents|minors|individuals',
        'children|people|victims|youngsters|pupils|teenagers|adolescents|minors|boys|girls|students|individuals may|can|could|might|will|often|also|sometimes|commonly|typically|frequently|are|being|who',
      ],
    },
    {
      precededBy: [
        'had|has|have|having|needed|needs to',
        'made|forced|told|ordered|pressured|coerced|exploited|compelled|used|expected|instructed|directed|threatened|groomed|sent|tasked|required|taken|trafficked|manipulated|tricked to',
        '{make}|{have}|{let} $obj',
        '{force}|{tell}|{order}|{pressure}|{coerce}|{use}|{threaten}|{groom}|{send}|{exploit} $obj to',
        '{groom}|{coerce}|{pressure}|{force}|{exploit}|{trick}|{threaten}|{manipulate}|{draw} $obj? into',
      ],
      within: 3,
    },
    {
      followedBy: ['as a direct consequence|result', 'because $subj was|were|is|are being', 'under duress'],
    },
  ],
  message: '`{actual}` casts a criminally exploited child as an offender',
  suggestions: ['was made to [act] by [adult]', 'was criminally exploited by [adult] to [act]'],
  note: 'Offences a child was made to commit are a sign of criminal exploitation, and the section 45 defence may apply. Say what the child was made to do, by whom, and how they were controlled.',
  sources: ['LM', 'TCS-LP', 'CCE-DEF', 'MSA-S45'],
  examples: {
    incorrect: [
      {
        text: 'Dylan, 15, [[commits crimes]] with older boys from the estate.',
        suggestions: ['was made to [act] by [adult]', 'was criminally exploited by [adult] to [act]'],
      },
      'Since moving to Luton he has [[committed offences]] in three force areas.',
      'Dylan [[committed a number of offences]] while in Kent.',
      'Nico has [[been offending]] for the older boys since the summer.',
      'Vlad [[was working illegally]] at a hand car wash in Boston.',
      'He has [[committed several crimes]] for money, the report concludes.',
      '[[His offending]] has escalated since he started going to Birmingham.',
      'Since May [[his criminality]] has increased in Luton and Bedford.',
      '[[Her criminal behaviour]] began in Year 10.',
      'Dylan [[engages in criminality]] when he is away from the placement.',
      'Kai [[engaged in criminal activity]] at the weekends, staff say.',
    ],
    correct: [
      'Dylan was made to commit thefts in Luton by two adults who held his phone.',
      'The form lists "Forced to commit a crime, such as growing cannabis, drug dealing or begging".',
      'Dylan committed the offences as a direct consequence of being exploited, so the section 45 defence may apply.',
      'Adults coerced him into committing crimes to pay off a debt.',
      'Dylan has not committed offences; he has been a victim of crime.',
    ],
  },
} satisfies RuleSpec
