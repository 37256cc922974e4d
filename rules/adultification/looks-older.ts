import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'looks-older',
  category: 'adultification',
  severity: 'error',
  target: 'action',
  phrases: [
    '{look}|{seem}|{appear} much|far? older',
    '{look}|{seem}|{appear} a lot older',
    '{look}|{seem}|{appear} older than $poss age|years',
    '{look}|{seem}|{appear} older than _',
    '{look}|{seem}|{appear} about|around? 18|19|20|21|eighteen|nineteen|twenty',
    '{look}|{seem}|{appear} like an adult',
    '{pass} for 18|19|20|21|eighteen',
    '{pass} for an adult',
    'going on 18|19|20|21|22|25|30|eighteen|twenty|thirty|forty',
    '{look}|{seem}|{appear} like? @adult-older-degree? @adult-older-degree? older than $subj {be}|{act}',
    '{look}|{seem}|{appear} @adult-older-degree older',
  ],
  unless: [
    {precededBy: ['may|might|often|sometimes|to|will'], within: 1},
    {
      followedBy: [
        'but $subj {be} still',
        'but children|they {be} still',
        'but this|that does not',
        'but {be} still',
      ],
      within: 1,
    },
    {
      precededBy: [
        'may|might|can|could appear|seem|look',
        'may|might|can|could appear|seem|look to be',
        'may|might|can|could present as',
        'may|might|can|could be seen|perceived|viewed as',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` treats how old the child looks as a reason to see them as less of a child',
  suggestions: ['is 15; appearance does not reduce the risk from [adult]', 'is 15'],
  note: "Looking older does not make a child less vulnerable, and exploiters often rely on it. Give the child's age, and if appearance matters, say how adults used it.",
  sources: ['DAVIS', 'HMICFRS-ADULT', 'CASEY', 'RISE'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[looks older]] and was served alcohol in the bar.',
        suggestions: ['is 15; appearance does not reduce the risk from [adult]', 'is 15'],
      },
      'Officers felt Amira [[seems older than 15]].',
      'Amira [[seems older than 15]] and officers did not treat it as CSE.',
      'She [[looks a lot older]] in her Snapchat photos.',
      'Tomasz could [[pass for an adult]] at the car wash.',
      'Jade is 15 [[going on 25]] according to the hotel manager.',
      'Kyle [[looks older than his age]] so the hotel did not ask questions.',
      'She [[looks about 18]] and the door staff let her in.',
      'He [[appears like an adult]] when he is with the older boys.',
      'Mia could [[pass for 18]] according to the hotel manager.',
      'Tia (13) [[looks years older than she is]] in her photos.',
      'Kyle [[seems a good deal older]] when he is with the elders.',
    ],
    correct: [
      'The man looked older than 40 in the CCTV stills.',
      'Jade does not look older than 15 and was in school uniform.',
      'Avoid wording such as "looks older" when recording a child\'s presentation.',
      'Amira, 19, looks older than her sister in the photograph.',
    ],
  },
} satisfies RuleSpec
