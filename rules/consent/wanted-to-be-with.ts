import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'wanted-to-be-with',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{want} to be|stay|live|go|sleep|leave with him|them',
    '{want} to run away|off with him|them',
    '{want} to be|stay|live|go|sleep|leave with the|those|these|older|adult men|males|boys|group|adults',
    '{want} to go back to him|them',
    '{want} to go back to the flat|address|house|men',
    '{want} to see him|them',
    '{want} to stay|go|live|be at|to|in the|his|their address|flat|hotel|house|trap',
  ],
  unless: [{followedBy: ['in|at the? contact|supervised|family|school'], within: 1}],
  message: '`{actual}` presents the child’s attachment to their abusers as a free wish',
  suggestions: ['is drawn back to', 'is being groomed into contact with'],
  note: 'Wanting to be with an abuser is usually a product of grooming, gifts or a trauma bond, and records that stop at the wish strengthen the exploiter’s story. Record the child’s words with the adult’s age and what the adult gave or did.',
  adult: {
    message: '`{actual}` presents the person’s attachment to their abusers as a free wish',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TCS-MED', 'CARDIFF-LANG', 'DFE-CSE', 'SEFTON-MS'],
  examples: {
    incorrect: [
      {
        text: 'She [[wants to be with him]] and keeps leaving the placement.',
        suggestions: ['is drawn back to', 'is being groomed into contact with'],
      },
      'Kyle [[wanted to stay with them]] in the flat in Bristol.',
      'Mia [[wanted to go with the men]] to Manchester.',
      'Amira [[wants to go back to the flat]] whenever he calls.',
      'Jade (13) [[wants to run away with him]] to Spain.',
      'After the raid Tyrone (14) [[wanted to stay at the address]] in Ramsgate.',
      'Kyle [[wants to go back to them]] even after the assault.',
      'Jade [[wants to see him]] and staff feel this is her choice.',
    ],
    correct: [
      'Jade wants to stay with her nan in Leeds.',
      'Mia wants to go home to her mum.',
      'Amira does not want to see him again.',
    ],
    info: [
      'Jade told me that she "[[wants to be with him]]" and that he loves her.',
      'Kyle said he "[[wanted to be with them]]" because they would hurt his sister otherwise.',
    ],
  },
} satisfies RuleSpec
