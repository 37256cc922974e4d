import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'initiated-sex',
  category: 'sexualising',
  severity: 'error',
  target: 'action',
  phrases: [
    '{initiate} sex|sexual|kissing|intimacy|things',
    '{initiate} the sex|sexual|kissing',
    '{initiate} it',
    '{be} the one who {initiate}|{start}|{instigate}',
    '{be} the initiator|instigator',
    '{make} the first move',
    '{instigate} sex|sexual|kissing|it',
    '{instigate} the sex|sexual',
    // The child as the one who made the running: "was all over the older males",
    // "came on strong to the men". "Came on to him", "led them on" and "threw
    // herself at him" belong to led-them-on.
    '{be}|{get} all over him|them|@romance-adult-ref',
    '{come} on strong to|with him|them|@romance-adult-ref',
    '{make} a pass at him|them|@romance-adult-ref',
    // The meetings and contact as the child's doing: "instigated the meetings", "started it",
    // "initiated the encounters", "pursued him", "made advances towards the 30-year-old".
    '{initiate}|{instigate} the|all-the|$poss contact|meeting|meetings|meet-up|meet-ups|meetup|meetups|relationship|encounter|encounters|messaging',
    '{start}|{instigate} it|things|everything|all-of-it|all-this',
    '{pursue} him|them',
    // "giving Sean the come-on", "gave the men the come-on".
    '{give} him|them|@romance-adult-ref|_ the come-on|come-ons|glad-eye',
    '{make} advances|moves|passes towards|to|on|at? him|them|@romance-adult-ref',
  ],
  unless: [
    {followedBy: ['a|an|the|to|through|around'], within: 1},
    // Contact with a professional or family: "initiated contact with the ISVA", "started it with her mum".
    'choice-good-complement',
    {
      followedBy: [
        'with|to $poss|the|a|an? police|officer(s)|staff|teacher(s)|mum|mother|dad|father|carer(s)|foster|parent(s)|isva|idva|advocate|school|college|services|team|csc|camhs|yot|gp|nurse|doctor|worker|social|youth|key|support|swo|counsellor|mentor',
      ],
      within: 1,
    },
    // "his hands were all over her", "bruises all over them".
    {
      precededBy: [
        'hands|hand|bruises|bruising|marks|scratches|injuries|cuts|blood|sick|rash|bites|messages',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` makes the child responsible for starting their own sexual abuse',
  suggestions: ['was groomed into sexual contact', 'was pressured into sexual contact'],
  note: 'A child cannot start their own abuse: the adult is responsible for any sexual contact with a child, whoever seemed to make the first move. Describe what the adult did.',
  sources: ['NSVRC', 'SOA-AGE', 'UKCIS', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'She [[initiated sex]] with him, the man told police.',
        suggestions: ['was groomed into sexual contact', 'was pressured into sexual contact'],
      },
      'Mia [[initiated the kissing]] in the car, officers accepted.',
      'Jade [[initiated it]] on both occasions, according to the log.',
      'She [[was the one who initiated]] contact on Snapchat.',
      'Amira [[was the instigator]] of the sexual contact.',
      'Ellie [[made the first move]], in the view of the investigating officer.',
      'She [[instigated the sexual]] activity at the party.',
      'Jade [[instigated it]] each time, the suspect claimed.',
      'Mia (15) [[initiated things]] with the 22-year-old.',
      'The 15yo [[was all over the older males]] in the car park, the PCSO wrote.',
      'To be fair to the men she [[was all over them]] from the start.',
      'Mia (15) [[made a pass at the 40-year-old]] in the kitchen.',
      'The officer felt Jade [[came on strong to him]] in the car.',
      'YP [[made the first move]], per the log.',
      'Jade (14) [[initiated the encounters]] at the hotel, the file says.',
      'To be honest Kayla (14) [[started it]] by messaging him first.',
      'Chloe, 15, [[instigated all the contact]] with Dean, 29.',
      'She [[pursued him]] for weeks after they met at the shop.',
      'Tia (14) [[made advances towards the 30-year-old]] at the party.',
      '- YP (14) [[started everything]] at the hotel',
      'Officers noted that Tilly (14) was [[giving Sean the come-on]].',
    ],
    correct: [
      'Dad gave the officer the glad-eye.',
      'The 30-year-old initiated contact with Jade on Snapchat.',
      'Jade did not initiate anything; the man groomed her for months.',
      'The social worker initiated a strategy meeting on 4 May.',
      'Kyle initiated a conversation with his teacher about the men.',
      'His hands were all over her in the back of the car, the witness said.',
      'Jade initiated contact with the ISVA herself in June.',
      'The police instigated the meetings with the school.',
      'Kayla did not start it; Dean, 29, groomed her online.',
      'The officer pursued him on foot.',
      'Leah started it with her social worker last week.',
    ],
  },
} satisfies RuleSpec
