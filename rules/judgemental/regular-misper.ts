import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'regular-misper',
  category: 'judgemental',
  severity: 'error',
  target: 'label',
  phrases: [
    'regular|frequent|serial|persistent|habitual|chronic|prolific|constant misper(s)|absconder(s)|MFH',
    'regular|frequent|serial|persistent|habitual|chronic|prolific missing-person|missing-persons',
    'frequent flyer(s)|flier(s)',
    'nuisance|problem|persistent|repeat-offending misper(s)|runaway(s)|absconder(s)',
    'another misper',
    // The count or the reputation as the label: "a known misper", "fourth misper this month".
    'known|repeat|repeated|notorious|well-known|usual|perpetual|constant|habitual misper(s)|runaway(s)|MFH',
    'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th misper|MFH',
  ],
  message: '`{actual}` labels the child and normalises repeated missing episodes',
  suggestions: ['child who has been missing [number] times since [date]'],
  note: 'A label like this invites a wait-and-see response; each missing episode is a possible indicator of exploitation. Give the number of episodes and where the child was found.',
  sources: ['COP-MET', 'HMICFRS-MET', 'MCFARLANE'],
  examples: {
    incorrect: [
      'Ciara (14) returned at 03:30; she is a [[known misper]].',
      'Harley, 15 – [[fourth misper]] this month, off with her older boyfriend again.',
      {
        text: 'Jade is a [[regular misper]] from the home in Hull.',
        suggestions: ['child who has been missing [number] times since [date]'],
      },
      'Kyle is recorded as a [[persistent absconder]].',
      'Amira is a [[serial missing person]] and usually returns by morning.',
      'The log lists Tomasz as a [[frequent flyer]] with the missing team.',
      'Staff call her a [[chronic misper]].',
      'Just another [[nuisance misper]]',
      'Log: Leah (15) – [[another misper]] from Oakwood',
    ],
    correct: [
      'Audit finding: 18 of 40 files described children as ‘regular mispers’; the force has issued new guidance.',
      'Jade has been missing 14 times since January; each episode is a possible indicator of exploitation.',
      'Avoid labels such as "regular misper" in police logs.',
      'Kyle was reported missing on 3 May and found in Luton with two adults.',
    ],
  },
} satisfies RuleSpec
