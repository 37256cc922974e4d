import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'plugging',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'plugging',
    'plugged',
    'plugs',
    '{plug} drugs|wraps|them|it|packages',
    '{plug} the drugs|wraps',
    '{make} $obj plug',
  ],
  unless: [
    'slang-explained',
    {
      followedBy: [
        'in|into|away|through|gap|gaps|hole|holes|leak|leaks|socket|sockets|point|points|charger|chargers',
        'the|a|any|those|these gap|gaps|hole|holes|leak|leaks',
      ],
      within: 1,
    },
    {precededBy: ['phone|charger|electrical|bath|sink|spark|ear|wall', 'three pin'], within: 1},
  ],
  message: '`{actual}` uses street slang for the forced internal concealment of drugs',
  suggestions: ["forced to conceal drugs inside [child]'s body", 'drugs were concealed internally'],
  note: '"Plugging" is exploiters\' slang that minimises a serious physical and sexual violation. Say the child was forced to conceal drugs inside their body, and by whom.',
  sources: ['TCS-YJLC', 'CARDIFF-TERMS'],
  examples: {
    incorrect: [
      {
        text: 'Kyle was [[plugging]] when he was found on the train to Exeter.',
        suggestions: ["forced to conceal drugs inside [child]'s body", 'drugs were concealed internally'],
      },
      'Jay (14) had [[plugged]] before the journey.',
      'The elders made Tomasz [[plug drugs]] before the journey.',
      'Kyle had to [[plug the wraps]] at the station.',
      'Officers found [[plugs]] of heroin on Kyle in custody.',
      'The older boys would [[make him plug]] before each trip.',
    ],
    correct: [
      'Kyle was forced to conceal drugs inside his body by the elders.',
      'The charger was plugged in next to his bed.',
      'The new funding is plugging the gap in youth provision.',
      'Avoid slang such as "plugging" in a referral.',
    ],
    info: ['Kyle said the elders told him to start "[[plugging]]" before trips.'],
  },
} satisfies RuleSpec
