import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'contacting-adults-online',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    '{contact}|{message}|{chat} adults|men|males',
    '{contact}|{message}|{chat} older|adult men|males',
    '{talk}|{chat}|{speak} to|with older|adult men|males online',
    '{talk}|{chat}|{speak} to|with adults|men online',
    '{initiate}|{start}|{instigate}|{begin} @det? contact|conversation(s)|chat(s)|messaging|messages|conversations',
    '{make} the|first? first contact|approach',
    '{message}|{text}|{snapchat}|{dm}|{add}|{follow} older|adult|grown men|males|strangers',
  ],
  unless: [
    'choice-agency-subject',
    {
      followedBy: [
        'with the|a|an|$poss? police|officer(s)|staff|school|teacher|worker|social|isva|advocate|services|team|mum|dad|family|carer(s)|helpline|childline',
      ],
      within: 1,
    },
    {
      precededBy: [
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents',
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents who|that',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` starts with the child’s act and hides the adults who sought contact',
  suggestions: ['adults have been contacting [child]', 'an adult has been facilitating contact with [child]'],
  note: 'Adults who seek out a child online are responsible for that contact. Make the adults the subject and record what they asked for or sent.',
  sources: ['LM', 'LSCB-TBL', 'TCS-YJLC', 'UKCIS'],
  examples: {
    incorrect: [
      {
        text: 'Jade has been [[contacting adults]] online late at night.',
        suggestions: [
          'adults have been contacting [child]',
          'an adult has been facilitating contact with [child]',
        ],
      },
      'Kyle is [[messaging older males]] on Instagram.',
      'Amira [[talks to older men online]] most evenings.',
      'She was [[chatting with men online]] from her bedroom.',
      'Summary: she [[initiated contact]] with the 30-year-old on Instagram.',
      'Ella (13) [[made the first contact]] with him, the officer noted.',
      'He has been [[adding adult men]] on Snapchat.',
    ],
    correct: [
      'Adult men have been contacting Jade on Snapchat since May.',
      'Officers contacted the adults named in her phone.',
      'Avoid phrases such as "contacting adults" when an adult sought the contact.',
      'She initiated contact with the police herself.',
      'The man made the first contact through a gaming site.',
    ],
  },
} satisfies RuleSpec
