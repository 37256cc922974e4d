import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'cannot-be-believed',
  category: 'disbelief',
  severity: 'error',
  target: 'term',
  phrases: [
    "cannot|can't|couldn't be believed|trusted",
    'could not be believed|trusted',
    'should not be believed',
    'not to be believed|trusted',
    'taken with a pinch of salt',
    'with a pinch|grain of salt',
    '{treat} with caution|scepticism|skepticism|suspicion|doubt',
    '{treat} with (some|great|extreme|considerable|a degree of) caution|scepticism|skepticism|suspicion|doubt',
    '{view} with suspicion|scepticism|skepticism',
    'not sure|convinced|certain|persuaded|unsure|unconvinced|sceptical|skeptical that|whether|if? $subj|@jv-child-noun @be (telling the truth|being truthful|being honest)',
  ],
  unless: [
    {
      precededBy: [
        'intelligence|intel|data|figures|statistics|estimates|results|score|scores|scoring|tool|ratings|grading|medication|substances',
      ],
      within: 5,
    },
  ],
  guards: {negation: false},
  message: '`{actual}` tells other professionals not to believe the child',
  suggestions: ['[record what was said, what is corroborated and what is not]'],
  note: 'Telling readers a child cannot be believed plants doubt before anyone has checked. Record what the child said and what is known, with possible reasons for any gaps.',
  sources: ['SEFTON-CRED', 'NSPCC-MAL', 'NSPCC-ALLEGED'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[cannot be believed]] after the last missing episode, staff feel.',
        suggestions: ['[record what was said, what is corroborated and what is not]'],
      },
      'The home felt she [[could not be trusted]] to say where she went.',
      'Kyle [[should not be believed]] about the debt, the carer said.',
      'The home says Amira is [[not to be trusted]] on where she goes.',
      'Anything from Mia should be [[taken with a pinch of salt]].',
      "Kyle's account should be [[treated with caution]] given his record.",
      'The home says her account must be [[treated with some caution]].',
      "Amira's account was [[viewed with suspicion]] by the landlord.",
      'Take what Jade says [[with a grain of salt]], the carer advised.',
      'Staff are [[not sure she is telling the truth]] about the car.',
    ],
    correct: [
      'Jade should be believed and supported to give her account.',
      'Avoid phrases like "cannot be believed" about a child.',
      'Kyle said he could not trust the police after the arrest.',
      'The intelligence should be treated with caution until it is graded.',
    ],
  },
} satisfies RuleSpec
