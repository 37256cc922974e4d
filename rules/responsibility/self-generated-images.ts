import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'self-generated-images',
  category: 'responsibility',
  severity: 'warning',
  target: 'term',
  phrases: [
    '$poss self-generated images|imagery|photos|photographs|pictures|videos|content|material|nudes',
    '{produce}|{create}|{make}|{take} self-generated|self-produced images|imagery|photos|pictures|videos|content|material',
    'self-generated|self-produced image(s)|imagery|photo(s)|photograph(s)|picture(s)|video(s)|content|material|nudes',
  ],
  unless: [
    {
      followedBy: [
        'accounted|accounts|account|rose|increased|fell|represent|represents|represented|comprise|comprised|comprises',
        '(made up|makes up|make up)',
        'in|across the|these|those? reports|data|statistics|figures|year|sector|category',
      ],
      within: 1,
    },
    {
      precededBy: [
        'iwf|category|categories|statistics|figures|data|percent|per-cent|%|reports|report|so-called|termed|called|labelled|labeled|known-as|classed-as|classified-as|as|of',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` places the origin of abuse images with the child',
  suggestions: ['images [adult] coerced [child] to take', 'images of [child] obtained by [adult]'],
  note: 'Images a child is groomed or pressured into taking are abuse images obtained by an adult. Say who asked for or obtained them and how.',
  sources: ['UKCIS', 'LUX'],
  examples: {
    incorrect: [
      {
        text: "Police found [[her self-generated images]] on the man's phone.",
        suggestions: ['images [adult] coerced [child] to take', 'images of [child] obtained by [adult]'],
      },
      'Kyle [[produced self-generated images]] for the account holder.',
      'The school is worried about [[his self-generated content]] on Snapchat.',
      '- [[self-generated images]], YP took them in her room',
      'Online harm: [[self-generated content]] shared with a man in Kent',
    ],
    correct: [
      'Self-generated imagery accounted for most reports in the 2023 annual data.',
      'The man coerced Jade into taking images and sent them to others.',
      'Avoid terms such as "self-generated" when an adult coerced the child.',
      'The IWF classes most of the images it removes as self-generated imagery.',
    ],
  },
} satisfies RuleSpec
