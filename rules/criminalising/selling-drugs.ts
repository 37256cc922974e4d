import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'selling-drugs',
  category: 'criminalising',
  severity: 'error',
  target: 'action',
  // What perpetrators do: an adult subject is not the child.
  guards: {adults: true},
  phrases: [
    '{be}? {sell}|{deal}|{push}|{supply} drugs|cannabis|weed|crack|heroin|cocaine|ketamine|ket|spice|pills|class-a',
    '{be}? {sell}|{deal}|{push}|{supply} class-a drugs',
    '{be}? {sell}|{deal} crack and heroin',
    '{be}? {sell}|{deal}|{push}|{supply} crack cocaine',
    'drug(s) dealing',
    '{be} dealing',
    '{be}? dealing for the|a|an|$poss gang|group|olders|elders|line|network|dealers|men',
    '{be}? {run} drugs',
  ],
  unless: [
    'purpose',
    {
      precededBy: [
        'man|men|male|males|adult|adults|woman|women|uncle|cousin|brother|boyfriend|partner|dealer|dealers',
      ],
      within: 3,
    },
    {
      precededBy: [
        'children|people|victims|youngsters|teenagers|adolescents|minors|individuals',
        'children|people|victims|youngsters|pupils|teenagers|adolescents|minors|boys|girls|students|individuals may|can|could|might|will|often|also|sometimes|commonly|typically|frequently|are|being|who',
      ],
    },
    {
      precededBy: [
        'had|has|have|having|needed|needs to',
        'paid|promised|given|offered|bribed to',
        'made|forced|told|ordered|pressured|coerced|exploited|compelled|used|expected|instructed|directed|threatened|groomed|sent|tasked|required|asked|recruited|taken|trafficked|manipulated|tricked to',
        '{make}|{have}|{let} $obj',
        '{force}|{tell}|{order}|{pressure}|{coerce}|{use}|{expect}|{instruct}|{threaten}|{groom}|{send}|{ask}|{exploit}|{push} $obj to',
        '{groom}|{coerce}|{pressure}|{force}|{exploit}|{trick}|{threaten}|{manipulate}|{push}|{draw} $obj? into',
      ],
      within: 3,
    },
    {
      precededBy: [
        'job|role was|is to',
        'agreed|agreeing|agrees|agree|offered|offers|wanted|wants|chose|chooses|decided|decides|happy|willing|keen|likes|liked|enjoys|enjoyed to',
        'that|which',
        'adults|men|exploiters|dealers|gang|gangs|group|groups|network|networks to store and|or',
        'adults|men|exploiters|dealers|gang|gangs|group|groups|network|networks to',
        'suspicion of',
        'known|wanted|arrested|charged|convicted|cautioned|excluded|stopped|investigated|sentenced|police|officers for',
        'charged with',
        'convicted of',
        'arrested for',
        'intent to',
        'offence of',
        'concerned in',
        'conspiracy to',
        'growing cannabis',
      ],
    },
    {
      followedBy: [
        'with|well|badly|okay|ok|better|drugs|cannabis|weed|crack|heroin|cocaine|ketamine|ket|spice|pills|class',
      ],
    },
  ],
  message: '`{actual}` presents a criminally exploited child as trading drugs in their own right',
  suggestions: ['was made to sell drugs for [adult]', 'was criminally exploited by [adult] to supply drugs'],
  note: 'Children who sell drugs for adults are victims of criminal exploitation, whatever they appear to gain. Name who made the child sell, where, and how they were controlled or paid.',
  sources: ['TCS-YJLC', 'SAFESOUND', 'NSPCC-CCE', 'CCE-DEF', 'MSA-S45'],
  examples: {
    incorrect: [
      {
        text: 'Kyle, 15, [[sells drugs]] from a flat in Weston-super-Mare.',
        suggestions: [
          'was made to sell drugs for [adult]',
          'was criminally exploited by [adult] to supply drugs',
        ],
      },
      'Since January Jay has [[been dealing cannabis]] at school.',
      'Officers believe he [[is dealing]] from the park most evenings.',
      'Kyle [[supplied class A drugs]] to adults in Torquay over the summer.',
      'His [[drug dealing]] started after he was excluded from school.',
      'Tia [[was selling crack and heroin]] in Exeter when she was stopped.',
      'Reece [[is dealing]] for the Bristol line, according to the youth worker.',
      'Aaron [[was dealing for the group]] when police stopped him in Bath.',
      'Over the summer Mason [[was running drugs]] to Aberystwyth.',
      'Leon [[deals crack cocaine]] to adults in Margate.',
      'Kyle [[was supplying drugs]] to adults in Exeter.',
    ],
    correct: [
      'Kai was harboured at the flat for the purpose of selling drugs.',
      'Kyle was made to sell drugs in Weston-super-Mare by an adult who held his phone.',
      'Deano, 26, made him sell cannabis at the school gates.',
      'Kyle was arrested on suspicion of possession with intent to supply class A drugs.',
      'Kyle did not sell drugs; he was made to hold them at the flat.',
      'The adults sell drugs from the flat and use Kyle to carry the money.',
      'Kyle is dealing with a lot since his grandmother died.',
      'Kai, 15, said the man, 26, was selling drugs from the flat above the shop.',
      'Kyle was found at a flat used by adults to store and sell drugs.',
      "The group that runs drugs into Shrewsbury took Kai's phone.",
      'The form lists "Forced to commit a crime, such as growing cannabis, drug dealing or begging".',
      'Jay was groomed into dealing drugs by two men from Bristol.',
    ],
  },
} satisfies RuleSpec
