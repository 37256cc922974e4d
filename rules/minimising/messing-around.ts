import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'messing-around',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{mess}|{fool}|{muck} around|about with $obj',
    '{mess}|{fool}|{muck} around|about with girls|boys|children|kids',
    '{mess}|{fool}|{muck} around|about sexually',
    '{mess}|{fool}|{muck} about|around with a girl|boy|child',
    'kids|children|boys|girls|teens|teenagers|youngsters|lads @minimise-hedge? messing|mucking|fooling|larking|playing about|around',
    'just|only|simply|merely messing|mucking|fooling|larking about|around',
    '{mess}|{muck}|{fool} around|about online|sexually',
  ],
  unless: ['jv-mistaken-for'],
  message: '`{actual}` makes sexual abuse sound like play',
  suggestions: ['sexually abused [child]', 'sexually assaulted [child]'],
  note: 'Describing sexual abuse as messing around minimises it and echoes how abusers explain themselves. Say what the adult did.',
  sources: ['ZT', 'LUX'],
  examples: {
    incorrect: [
      {
        text: 'The man was [[messing around with her]] in the car.',
        suggestions: ['sexually abused [child]', 'sexually assaulted [child]'],
      },
      'Deano had been [[fooling around with girls]] from the school.',
      'Staff heard that the older boys [[mucked about with him]] sexually.',
      'The 19-year-old was [[messing about sexually]] with Mia.',
      'He was [[messing about with a girl]] from the estate.',
      'Harm: [[kids messing about online]] – no action',
      'The girls were [[just fooling around]] with the men at the park.',
      '[[Messing about online]] with older boys',
    ],
    correct: [
      'The man sexually abused Jade in the car.',
      'Kyle was messing about with his football in the yard.',
      'Avoid phrases such as "messing around with her" for sexual abuse.',
      'The boys were messing about in class and were sent out.',
    ],
    info: ['Deano told officers he was only "[[messing around with her]]".'],
  },
} satisfies RuleSpec
