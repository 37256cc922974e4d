import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'claims-that',
  category: 'disbelief',
  severity: 'warning',
  target: 'action',
  phrases: [
    'claims|claimed|claiming that',
    'claims|claimed|claiming $subj',
    'claims|claimed|claiming to have|be|been',
    '$poss claim(s) that|of|about',
  ],
  unless: [
    {
      precededBy: [
        'asylum|benefit|benefits|insurance|compensation|protection|refugee|damages|housing|legal|fresh|PIP|UC|credit|rights|further|false|falsely',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` signals that the writer doubts what the child said',
  suggestions: ['said that', 'told [professional] that'],
  note: '"Claims" signals disbelief in the same way as "alleged". Use a neutral reporting verb: said, told, described, reported.',
  sources: ['NSPCC-ALLEGED', 'NRM-FORM', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[claims that]] the men took her phone and passport.',
        suggestions: ['said that', 'told [professional] that'],
      },
      'Kyle [[claimed he]] was made to carry drugs to Exeter.',
      'Tomasz [[claims to be]] 15 and says he was brought here in a lorry.',
      '[[Her claims that]] she was sold to a man in Luton are unproven.',
      'Mia is [[claiming she]] was kept in the flat for a week.',
    ],
    correct: [
      "Tomasz's asylum claim was lodged in March.",
      'The adults claimed benefits in her name and kept the money.',
      'Jade said the men took her phone and passport.',
      'Avoid verbs such as "claims" when recording what a child said.',
      'Her universal credit claim was made by the man who controlled her.',
    ],
  },
} satisfies RuleSpec
