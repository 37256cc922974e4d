import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'indecent-selfies',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'indecent|naughty|sexy|dirty|rude|saucy|explicit|nude|naked|topless selfie(s)',
    'sexy|naughty|dirty|rude|saucy pic(s)|picture(s)|photo(s)',
    '@minimise-pic-adj @minimise-pic-noun',
    '@minimise-pic-adj selfie(s)',
  ],
  unless: [
    'jv-reported-framing',
    {precededBy: ['of|by|from the|a|an? adult|adults|man|men|male|males|suspect|offender'], within: 2},
    {followedBy: ['of|from the|a|an? adult|adults|man|men|male|males|himself|herself'], within: 1},
  ],
  message: "`{actual}` presents abuse images of a child as the child's own self-expression",
  suggestions: ['sexual images [adult] coerced [child] to take', 'child sexual abuse material'],
  note: 'Calling images of a child "selfies" or "sexy pics" hides the adult who asked for or coerced them. Say who asked for the images and how.',
  sources: ['NSPCC-SEXT', 'UKCIS', 'LUX', 'NSPCC-LIST'],
  examples: {
    incorrect: [
      {
        text: 'The phone held [[indecent selfies]] of Jade (13).',
        suggestions: ['sexual images [adult] coerced [child] to take', 'child sexual abuse material'],
      },
      'Kyle had taken [[naked selfies]] at the request of an adult online.',
      'The man had [[sexy pics]] of Mia on his phone.',
      'Amira shared [[naughty photos]] after he sent her money.',
      'Online: the man she met on Discord got some [[cheeky selfies]] off her and then asked for more',
      'Leah (14) sent [[racy pics]] to a 20-year-old on Snapchat.',
      'The phone had [[flirty snaps]] Mia sent to the driver.',
    ],
    correct: [
      'A man on Snapchat coerced Jade (13) into sending sexual images.',
      'Avoid terms like "indecent selfies" for images of a child.',
      'Jade took selfies with her friends at the fair.',
      'The man sent her explicit images of himself on Snapchat.',
      'Intimate images of the adult were found on his laptop.',
      'Police seized indecent images of children from his laptop.',
    ],
  },
} satisfies RuleSpec
