import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'got-themselves-into',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: [
    '{get} $self into|involved|mixed',
    '{get} $self in with',
    '{get} $self caught|tangled up',
    '{put}|{place} $self in|into that|this|the|a situation|position',
  ],
  message: '`{actual}` gives the child agency over what was done to them',
  suggestions: ['was drawn into [situation] by [adult]', 'was groomed by [adult] into'],
  note: 'Reflexive wording makes the child the cause of their own abuse. Put the adult in the subject position, or use the passive and name the abuser.',
  sources: ['NORFOLK', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Kyle has [[got himself into]] trouble with the older boys.',
        suggestions: ['was drawn into [situation] by [adult]', 'was groomed by [adult] into'],
      },
      'Jade [[got herself involved]] in the thefts at the shopping centre.',
      'He [[gets himself mixed]] up with older males.',
      'Amira [[got herself in with]] a group in Leeds.',
      'Kyle has [[got himself caught up]] in county lines.',
      'Tomasz [[put himself in that situation]] by going to the flat.',
    ],
    correct: [
      'Jade did not get herself into this; she was groomed by two men.',
      'Avoid phrases such as "got herself into" when describing abuse.',
      'Kyle got himself to the station and called his mum.',
    ],
  },
} satisfies RuleSpec
