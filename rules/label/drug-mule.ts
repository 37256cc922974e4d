import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'drug-mule',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'drug(s) mule(s)',
    '{be} a|the|their mule',
    'as a|the|their mule',
    'mule(s) for the|a gang|line|network|dealers|olders|elders',
    'drug(s) courier(s)',
    'muling',
    // Alone ("- mule for the Exeter line", "| mule |"), and the courier frames.
    'mule',
    '{be} a|the|their courier',
    'as a|the|their courier',
    '@crime-child-mod courier',
    'courier(s) for @crime-exploiter-ref',
    'line|county-lines|deal-line courier(s)',
    '{become}|{remain} a|the|their courier',
    // Alone in a field or a cell ("Courier – 15 – train from Euston"), but not a parcel courier.
    'courier',
  ],
  unless: [
    'crime-label-question',
    'crime-label-actor',
    'crime-label-agent',
    'crime-label-other',
    // "a drug mule", "a money mule": the longer phrase (or money-mule) decides.
    {precededBy: ['drug|drugs|money|cash']},
    {precededBy: ['stubborn|obstinate|stubbornly|kicked|kicks|kick'], within: 3},
    {
      followedBy: [
        'deer|slipper(s)|shoe(s)|train(s)|track(s)|company|companies|firm|firms|van|vans|service|services|driver|drivers|delivered|delivers|dropped|drops|brought|left|arrived|came|collected|job|work|parcel|parcels|package|packages|bag|bags',
      ],
    },
    {
      precededBy: [
        'parcel|delivery|dpd|ups|amazon|fedex|evri|hermes|yodel|dhl|motorbike|bike|cycle|food|medical|hospital|same-day|royal-mail|uber|deliveroo|by|via',
        'a|the parcel|delivery|private|local',
      ],
    },
    {precededBy: ['includes|including|example|as|eg being used as a', 'e.g. being used as a'], within: 2},
    {followedBy: ['account(s)']},
    {
      precededBy: [
        'children|people|teenagers|youngsters|victims|pupils|students|individuals|them|adults are|were|be? increasingly|often|sometimes|frequently|commonly|also|now? being? used|recruited|targeted|exploited as',
        'children|people|teenagers|youngsters|victims|pupils|students|individuals|them|adults to act|work as',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` dehumanises a child who was made to carry drugs',
  suggestions: ['child made to transport drugs for [adult]', 'child forced to carry drugs for [adult]'],
  note: 'Animal and courier labels strip the child of personhood and hide the force used. Say who made the child carry or conceal drugs, and where they were taken.',
  sources: ['TCS-YJLC', 'STAFFS-VG', 'NRM-FORM'],
  examples: {
    incorrect: [
      'The log describes Kai (15) [[as a courier for the Blue line]].',
      'Police described Kyle (14) as one of the [[teenage couriers]] on the line.',
      {
        text: 'Amira, 16, was used as a [[drug mule]] between London and Norwich.',
        suggestions: ['child made to transport drugs for [adult]', 'child forced to carry drugs for [adult]'],
      },
      'Police think Jayden [[is a mule for a network]] based in Coventry.',
      'She travelled by train [[as a mule]] on at least three occasions.',
      'He was one of several [[mules for the gang]] when police stopped the car in Devon.',
      'Ola was a [[drugs courier]] for the Bristol line from the age of 15.',
      '[[Muling]] started for Jayden when he was 14.',
      'Sami, who is 14, [[is a courier for a network]] based in Luton.',
      'Role: [[mule]] (Birmingham – Aberystwyth)',
      '- [[mule]] for the Exeter line, found with 40 wraps',
      'Jayden has been one of the [[couriers for the olders]] since April.',
      'BTP logged him as a [[county lines courier]].',
      '[[Courier]] – 15 – train from Euston',
      'Role: [[courier]]/holder for the line',
      'Ayo, aged 15, has [[become a courier for a Bristol network]].',
    ],
    correct: [
      'Police treated her as a courier rather than a victim.',
      'Kyle and Mia were treated as teenage couriers by the first officers.',
      'Amira was made to carry drugs on the train from London to Norwich by two adults.',
      'The category includes being used as a drug mule across county lines.',
      'Avoid words such as "drug mule" in the narrative.',
      'Amira is not a drug mule; she is a child who was trafficked.',
      'The 29-year-old drug courier who met her at the station has been charged.',
      'The parcel was left with a neighbour by a courier.',
      'His mum is a courier for a delivery firm in Norwich.',
      'A courier dropped off a parcel for the foster carer.',
      'Mum works as an Amazon courier on weekdays.',
      'The parcel came by courier on Tuesday.',
      'She can be as stubborn as a mule, her nan says, but she is frightened of the men.',
      'The courier threatened Amira at the station and took her phone.',
    ],
    info: ['The men told her she was their "[[drug mule]]" now.'],
  },
} satisfies RuleSpec
