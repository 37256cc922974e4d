import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'wise-beyond-years',
  category: 'adultification',
  severity: 'error',
  target: 'label',
  phrases: [
    'wise beyond $poss years',
    'old beyond $poss years',
    'old before $poss time',
    // Other qualities put beyond the age: "cynical beyond her years", "knowing beyond his 13 years".
    'cynical|jaded|world-weary|experienced|sophisticated|advanced|developed|confident|canny|shrewd|astute|precocious beyond $poss @jv-child-age? years|age',
    'an old head',
    'old head on young shoulders',
    'an old soul',
    '{be} an old head|soul',
  ],
  unless: [{followedBy: ['on young shoulders']}],
  guards: {age: true},
  message: '`{actual}` credits the child with adult judgement that they cannot have',
  suggestions: ['is 14', 'is 14; how [child] presents does not reduce the risk from [adult]'],
  note: 'A child who seems wise or old is still a child, and the phrase can hide grooming. Give the age and describe the facts.',
  sources: ['DAVIS', 'HMICFRS-ADULT', 'RISE'],
  examples: {
    incorrect: [
      'Presents as world-weary and [[cynical beyond her years]].',
      'Jade (14) is [[jaded beyond her years]].',
      {
        text: 'Jade is [[wise beyond her years]] and knew what the men wanted.',
        suggestions: ['is 14', 'is 14; how [child] presents does not reduce the risk from [adult]'],
      },
      'Kyle seems [[old beyond his years]] and talks like the elders.',
      'Amira seems [[old before her time]] after two years in the flat.',
      'Jay has [[an old head]] and can manage his own money.',
      'Staff say Mia has an [[old head on young shoulders]] and does not need supervision.',
      'Tomasz [[is an old soul]] and relates better to adults.',
    ],
    correct: [
      'Support will continue beyond her 18th birthday.',
      'Jade is 14 and was groomed by adults who bought her gifts.',
      'The head of year is old friends with the social worker.',
      'Avoid phrases like "wise beyond her years" about a child.',
    ],
    knownMisses: ['Amira has grown old before her time.'],
  },
} satisfies RuleSpec
