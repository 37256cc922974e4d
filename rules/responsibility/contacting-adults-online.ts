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
    // The child as the one who started the meetings ("initiated sex" is `initiated-sex`'s): "instigated the meet-ups".
    '{initiate}|{instigate}|{arrange}|{organise}|{organize} @det? meet|meets|meet-up|meet-ups|meetup|meetups',
    '{message}|{text}|{snapchat}|{dm}|{add}|{follow} older|adult|grown men|males|strangers',
    // The child as the one who meets, brings in or lets in the men (`@choice-men`):
    // "sneaking off to meet men in cars", "keeps letting men into the flat", "brings men back".
    '{meet} up? with? men|males|guys|strangers|blokes',
    // Contact details handed out as the child's act: "stop giving out her number", "gives his Snapchat out to older lads".
    '{give}|{hand} out $poss number|numbers|phone-number|mobile-number|snapchat|snap|details|address|location|socials|instagram|insta',
    '{give}|{hand} $poss number|phone-number|mobile-number|snapchat|snap|details|address|location|socials|instagram|insta out',
    '{meet} up? with? older|adult|grown|much-older|random|unknown|different men|males|lads|boys|guys|adults|blokes',
    '{meet} up? with? a|an older|adult|grown|much-older|random|unknown man|male|guy|bloke|adult|stranger',
    '{let}|{invite}|{bring}|{have}|{take}|{sneak} @choice-men back|round|over|in|into|up|home|inside',
    '{sneak}|{slip} off|out|away to meet|see',
  ],
  unless: [
    'choice-generic-subject',
    // "was taken to meet men", "arranged for her to meet men": the adults' doing.
    {
      precededBy: [
        'taken|made|forced|sent|driven|brought|told|ordered|pressured|groomed|encouraged|persuaded|expected|required|asked|instructed|arranged|offered|paid to',
        '{arrange}|{organise}|{organize} for $obj to',
        '{take}|{bring}|{drive}|{send} $obj to',
      ],
      within: 1,
    },
    'choice-agency-subject',
    {
      followedBy: [
        'with the|a|an|$poss? police|officer(s)|staff|school|teacher|worker|social|isva|advocate|services|team|mum|dad|family|carer(s)|helpline|childline',
      ],
      within: 1,
    },
    'young-people-in-general',
  ],
  message: '`{actual}` starts with the child’s act and hides the adults who sought contact',
  suggestions: ['adults have been contacting [child]', 'an adult has been facilitating contact with [child]'],
  note: 'Adults who seek out a child online are responsible for that contact. Make the adults the subject and record what they asked for or sent.',
  sources: ['LM', 'LSCB-TBL', 'TCS-YJLC', 'UKCIS'],
  examples: {
    incorrect: [
      'YP (15) [[instigated the meet-ups]], per the log.',
      'Jade (14) [[arranges the meets]] on Snapchat.',
      'Safety plan: YP to stop [[giving out her number]].',
      'Kyle (14) [[hands out his Snapchat]] to older lads at the park.',
      'She [[gave her number out]] to men at the bus station, she is 13.',
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
      'DSL notes she has been sneaking off at lunch to [[meet men]] in cars.',
      'She has been [[meeting older men]] she met online.',
      'Housing: she keeps [[letting men into]] the flat at all hours.',
      'He [[invites older lads round]] when staff are off.',
      'The student has been [[sneaking off to meet]] them at lunch.',
      'She has been [[meeting up with an older man]] from the takeaway.',
      'Mia [[initiated the contact]] on Snapchat.',
    ],
    correct: [
      'The man gave out her number to other men.',
      'Jade did not give out her number; he took it from her phone.',
      'Adult men have been contacting Jade on Snapchat since May.',
      'Officers contacted the adults named in her phone.',
      'Avoid phrases such as "contacting adults" when an adult sought the contact.',
      'She initiated contact with the police herself.',
      'The man made the first contact through a gaming site.',
      'She was taken to meet men at a hotel by Deano.',
      'Jade (14) has been seen with adult men believed to be exploiting her.',
    ],
  },
} satisfies RuleSpec
