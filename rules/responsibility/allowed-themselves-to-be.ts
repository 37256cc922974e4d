import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'allowed-themselves-to-be',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: ['{allow}|{let} $self to? be|get', '{allow}|{let} $self to? become'],
  message: '`{actual}` suggests the child let the abuse happen',
  suggestions: ['was', 'was made to be'],
  note: 'This wording gives the child control over what adults did to them. Use the passive with the abuser named, or make the adult the subject.',
  sources: ['NORFOLK', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[allowed herself to be]] picked up by the men after school.',
        suggestions: ['was', 'was made to be'],
      },
      'Kyle [[let himself be]] used to carry drugs to Hull.',
      'Amira [[lets herself get]] taken to parties in Leeds.',
      'He [[allowed himself to become]] a target for the group.',
    ],
    correct: [
      'Jade was picked up by two men in a grey car after school.',
      'Avoid phrases such as "allowed herself to be" in referrals.',
      'Kyle did not let himself be seen by staff because he was frightened.',
    ],
  },
} satisfies RuleSpec
