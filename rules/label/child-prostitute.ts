import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'child-prostitute',
  category: 'label',
  severity: 'error',
  target: 'term',
  phrases: [
    'child|teenage|teen|young|schoolgirl|schoolboy|underage|juvenile prostitute(s)',
    'child|teenage|juvenile prostitution',
    'prostituted child|children|youth|youths|girl(s)|boy(s)|teen(s)|teenager(s)|minor(s)|young-person|young-people',
  ],
  unless: [
    'prostitution-offence',
    {
      precededBy: [
        'sale of children',
        'child sexual exploitation and',
        'sexual exploitation and',
        'no such thing as a|an',
      ],
    },
    {followedBy: ['and child pornography']},
  ],
  message: '`{actual}` describes the sexual abuse of a child as prostitution',
  suggestions: ['child sexual exploitation', 'sexual abuse of [child] by adults who paid [adult]'],
  note: 'There is no such thing as a child prostitute: the term implies consent and a trade, and hides the adults who abuse and profit. Name it as child sexual exploitation and say who did what.',
  sources: ['LUX', 'ZT', 'SAFESOUND', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      {
        text: 'In the 2009 police log Jade is a [[child prostitute]] known to taxi drivers.',
        suggestions: ['child sexual exploitation', 'sexual abuse of [child] by adults who paid [adult]'],
      },
      'Earlier records refer to the group of girls as [[young prostitutes]].',
      'The case was first logged by the force as [[child prostitution]].',
      'The girls were seen by the hotel as [[underage prostitutes]] rather than victims.',
      'The 2012 operation described the girls as [[prostituted teenagers]].',
    ],
    correct: [
      'The 2011 crime report treats Amy as a teenage prostitute rather than a victim.',
      'Jade was sexually exploited by men who paid an adult to abuse her at the flat.',
      'The UN Special Rapporteur on the sale of children, child prostitution and child pornography reported in 2019.',
      'The Luxembourg Guidelines advise against the term "child prostitute".',
      'There is no such thing as a child prostitute.',
      'In 2010 he was convicted of the former offence of causing or inciting child prostitution.',
    ],
  },
} satisfies RuleSpec
