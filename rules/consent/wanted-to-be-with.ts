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
    '@choice-want to @choice-want-act',
    '@choice-want @degree? to @degree? @choice-want-act',
    // The wish as a cleft: "what she wanted was to be with him", "what he wants is to go back to the flat".
    'what $subj|$owner @degree? {want}|{wish}|{like} @be to @degree? @choice-want-act',
    'what _ @degree? {want}|{wish} @be to @degree? @choice-want-act',
  ],
  unless: [
    {followedBy: ['in|at the? contact|supervised|family|school'], within: 1},
    // "to be with her nan": "her" is the family member's possessive, not the exploiter.
    {
      followedBy: [
        'nan|nana|gran|granny|grandma|grandad|mum|mother|dad|father|family|sister|brother|aunt|auntie|uncle|carer|carers|foster|friends|baby|child|children|grandparents|cousin|cousins|siblings',
      ],
      within: 1,
    },
    'professional-subject',
    'choice-good-complement',
  ],
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
      'Jade (14): [[what she wanted was to be with him]], staff feel.',
      'Kyle (15): [[what Kyle wants is to go back to the flat]].',
      '[[What he really wants is to carry]] for the olders.',
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
      'Lacey-Mae really [[wanted to be filmed]], the log says.',
      'He [[wished to stay at the trap]] house with the older lads.',
      'Shanice [[wants to go back to the flat]] in Luton every weekend.',
      'Josh (14) [[wants to keep selling]] for the Eastside group.',
      'Her wish is that she [[wants to rejoin the group]] in Luton.',
      'Kai is [[longing to go back to them]] after two weeks in the placement.',
      'He (15) [[wishes to remain at the address]] with the men.',
    ],
    correct: [
      'What she wants is to go to college.',
      'What she wanted was to be with her nan.',
      'What he wants is not to be with them any more.',
      'Jade wants to stay with her nan in Leeds.',
      'Mia wants to go home to her mum.',
      'Amira does not want to see him again.',
      'Jade wants to go back to school after Easter.',
      'He wants to work as a mechanic.',
      'She wants to see her brother at the weekend.',
      'The men wanted her to go back to the flat.',
      'Kyle wishes to stay in his placement.',
    ],
    info: [
      'Jade told me that she "[[wants to be with him]]" and that he loves her.',
      'Kyle said he "[[wanted to be with them]]" because they would hurt his sister otherwise.',
    ],
  },
} satisfies RuleSpec
