import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sent-nudes',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    'sexting',
    '{send} nudes|nude|naked|explicit|sexual|intimate|indecent images|pictures|photos|photographs|selfies|videos|pics',
    '{send}|{share} images|pictures|photos|photographs|videos of $self',
    '{send} nudes',
    '{send} him|them nudes',
    '{send}|{share}|{swap}|{trade}|{post} the|some|more|them|$obj? @choice-image-sexual',
    '{send}|{share}|{post}|{take}|{film} them|it|these|those|the-pictures|the-images|the-photos|the-videos|the-pics $self',
    '{send}|{share}|{swap}|{trade} the|some|more? @choice-image with|to older|adult|grown? men|males|strangers|adults|boys',
    'by sending|sharing|posting|swapping the|those|these|them? @choice-image',
  ],
  unless: [
    {
      followedBy: [
        'to|with the|a|an|her|his|their? police|officer(s)|staff|school|teacher|mum|dad|parent(s)|carer(s)|worker|ceop|iwf|childline|us|me|detective|investigator(s)|social-worker|isva',
        'as evidence',
      ],
      within: 1,
    },
    'young-people-in-general',
    {precededBy: ['to', 'into', 'him|them|her', 'made|forced|coerced|pressured'], within: 1},
  ],
  message: '`{actual}` starts with the child’s act and hides the adult who asked for or obtained the images',
  suggestions: [
    'was coerced by [adult] into sharing images',
    'had sexual images obtained from [child] by [adult]',
  ],
  note: 'Adults who solicit sexual images of a child are abusing them; the child is not the one at fault. Say who asked for or obtained the images and how.',
  sources: ['LM', 'LSCB-TBL', 'TCS-YJLC', 'UKCIS', 'NSPCC-SEXT'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[sent nudes]] to a man she met on Snapchat.',
        suggestions: [
          'was coerced by [adult] into sharing images',
          'had sexual images obtained from [child] by [adult]',
        ],
      },
      'Kyle has been [[sexting]] a 19-year-old from Derby.',
      'Amira [[sends explicit pictures to older males]] online.',
      'She [[sent him nudes]] after he bought her a phone.',
      'Jade has been [[sending images of herself]] to a man in Leeds.',
      'Since May she has been [[sending nude images]] on Telegram.',
      '- [[swapping sexy pics]] on Discord',
      '- self-generated images, YP [[sent them herself]]',
      'She has been [[sharing naked pictures]] with a man she met on Discord.',
      'Online: [[swapping pictures with older males]] (normal teen stuff)',
      'She brought this on herself [[by sending the images]].',
      'He [[sent the pictures himself]], the officer noted.',
    ],
    correct: [
      'Freya (14) sent the videos to a user called Jordan.',
      'Outcome: words of advice re: sharing images – no crime',
      'A 24-year-old man asked Jade to send nudes and threatened to share them.',
      'Kyle was coerced into sending images to an adult.',
      'Avoid terms such as "sexting" when describing abuse of a child.',
      'She sent the images to police as evidence.',
      'The man sent her explicit pictures.',
      'She was coerced into sending the images.',
      'He has been sending pictures of his dog to his nan.',
    ],
  },
} satisfies RuleSpec
