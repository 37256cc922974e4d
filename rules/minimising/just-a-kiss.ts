import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'just-a-kiss',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'only|just a kiss|cuddle|peck|hug|grope|touch|fumble',
    'only|just kissed|touched|cuddled|fondled $obj',
    'only|just kissing|touching|cuddling',
    'nothing serious|much|really|sexual happened',
    'nothing more than a kiss|cuddle|hug',
    // The abuse as "some kissing": "just some kissing and cuddling with the 25-year-old".
    'only|just|merely some|a-bit-of|a-little kissing|cuddling|snogging|touching|groping',
    // "Nothing physical has happened": the abuse measured by contact alone.
    'nothing physical|penetrative|sexual|serious {have}|{be}? {happen}|occurred|gone-on',
    'nothing physical|penetrative',
    // The abuse measured as affection: "amounted to a few cuddles", "it came to no more than some kissing".
    '{amount}|{come} to @minimise-hedge? a|an? few|couple-of|bit-of|little? cuddles|kisses|hugs|pecks|cuddling|kissing|hugging|snogging|touching|flirting|affection',
    '{amount}|{come} to @minimise-hedge? some cuddles|kisses|hugs|pecks|cuddling|kissing|hugging|snogging|touching|flirting|affection',
    'only|just|merely a few|couple-of|some cuddles|kisses|hugs|pecks|snogs',
  ],
  unless: [
    // Things, not the child: "nothing physical has happened to the car".
    {
      followedBy: ['to the|a|an|$poss car|house|property|flat|door|phone|building|room|vehicle|bike'],
      within: 4,
    },
    {followedBy: ['base|on|upon']},
    {precededBy: ['not|never'], within: 1},
  ],
  message: '`{actual}` minimises sexual contact between an adult and a child',
  suggestions: ['[adult] sexually assaulted [child] by [describe the act]'],
  note: 'Any sexual touching of a child by an adult is sexual abuse, and it is often part of grooming. Describe what the adult did without qualifying it.',
  sources: ['ZT', 'LUX', 'DFE-CSE'],
  examples: {
    incorrect: [
      'Police log: contact between the 14-year-old and the shopkeeper (30) [[amounted to a few cuddles]].',
      'It was [[only a few kisses]] with the driver, mum says.',
      'The officer noted it [[came to some kissing]] in the car with the 25-year-old.',
      'It was [[just some kissing]] and cuddling with the 25-year-old.',
      'Mum says [[nothing physical has happened]] between them.',
      '- [[nothing physical]], just messages from the 30yo',
      {
        text: 'It was [[only a kiss]], the man claims.',
        suggestions: ['[adult] sexually assaulted [child] by [describe the act]'],
      },
      'Deano [[just touched her]] over her clothes in the car.',
      'He was [[only kissing]] Jade when officers arrived.',
      'The file says [[nothing serious happened]] at the party.',
      'It was [[nothing more than a kiss]] between Mia and the 25-year-old.',
      'Kyle thinks [[nothing really happened]] at the flat.',
    ],
    correct: [
      'Her nan gave her a few cuddles when she got home.',
      'Nothing physical has happened to the car since it was moved.',
      'No physical injuries were found; she was raped.',
      'Deano sexually assaulted Jade by touching her breasts in the car.',
      'Avoid phrases such as "only a kiss" for sexual contact with a child.',
      'Jade gave her nan a kiss goodbye before the visit.',
    ],
    info: ['Jade told me "[[nothing really happened]]" at the flat.'],
  },
} satisfies RuleSpec
