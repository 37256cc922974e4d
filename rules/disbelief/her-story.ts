import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'her-story',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    '$poss story|tale',
    'the|this|that story that',
    'a|this|that tall tale',
    'sob story',
    'cock and bull story',
    'a|this|that likely story',
  ],
  unless: [
    {
      precededBy: [
        '{tell}|{share}|{hear}|{write}|{record}|{believe}|{trust}',
        '{listen} to',
        'life',
        '{tell} us|me|staff|officers|police',
      ],
      within: 2,
    },
    {followedBy: ['work|book|books|board|boards']},
  ],
  message: "`{actual}` presents the child's account as a story rather than evidence",
  suggestions: ['account', 'what [child] told [professional]'],
  note: 'Calling the child\'s account a story or a tale casts it as fiction. Say "account" or record what the child said, when and to whom.',
  sources: ['NSPCC-ALLEGED', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Officers checked [[her story]] with the hotel.',
        suggestions: ['account', 'what [child] told [professional]'],
      },
      'Kyle gave officers [[his story]] at the station.',
      'It is [[a tall tale]] about men in a black car, the carer thinks.',
      'Staff think it is a [[sob story]] to avoid going back to school.',
      'The sergeant thought it a [[cock and bull story]] at first.',
      'The officer noted that [[this story that]] she was locked in is new.',
      'The police log calls it [[a likely story]] and asks for CCTV.',
    ],
    correct: [
      'Jade was given time to tell her story at her own pace.',
      'Life story work with Kyle will start in September.',
      'Avoid calling a child\'s account "her story".',
      "Amira's account was recorded in an ABE interview on 3 May.",
    ],
  },
} satisfies RuleSpec
