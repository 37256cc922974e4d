import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'did-not-mind',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    'did|does|do|would|will not @seem? mind @choice-ing',
    'did|does|do|would|will not @seem? to mind @choice-ing',
    'never minded|minds @choice-ing',
    '@be not|never @degree? bothered|fussed|phased|fazed|worried about|by @choice-ing',
    'did|does|do not @seem? to? object|protest to @choice-ing',
    'had|has|have no problem|problems|issue|issues|objection|objections with|about|to @choice-ing',
    // The same as an act of (not) objecting: "raised no objection to going back", "voiced no objection to being filmed".
    '{raise}|{voice}|{make}|{express}|{offer} no objection|objections|complaint|complaints to|about @choice-ing',
  ],
  unless: ['professional-subject', 'choice-good-complement'],
  message: '`{actual}` reads the child’s lack of protest as agreement to their own abuse',
  suggestions: [
    'was [filmed / taken / used] by [adult]',
    'did not resist, which is common when a child is groomed or afraid',
  ],
  note: 'A child who does not object may be groomed, frightened or dependent on the adults; not minding is not consent. Say what the adults did, and what may explain why the child did not resist.',
  adult: {
    message: '`{actual}` reads the person’s lack of protest as agreement to their own abuse',
    note: 'Apparent acceptance does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['ZT', 'MSA-S1-2', 'DFE-CSE', 'TEES'],
  examples: {
    incorrect: [
      'Grace (14) [[raised no objection to going back]] to the flat.',
      'Concerns: YP (15) [[voiced no objection to being filmed]].',
      {
        text: 'Chantelle [[didn’t mind being photographed]] by Adult 1.',
        suggestions: [
          'was [filmed / taken / used] by [adult]',
          'did not resist, which is common when a child is groomed or afraid',
        ],
      },
      'Nico [[doesn’t seem to mind going]] to Cardiff with them.',
      'Amber [[did not mind sleeping]] over at the flat on Vale Road.',
      '- [[didn’t seem to mind being filmed]] by the men',
      'Sam [[wasn’t bothered about going]] with them to Leeds.',
      'Reece [[had no problem with carrying]] for the older boys.',
      'Jodie [[never minded going]] to the hotel with Vic (40).',
      'Ellis [[did not object to being filmed]] at the party.',
    ],
    correct: [
      'Mum raised no objection to the referral.',
      'Grace (14) raised objections to going back to the flat.',
      'She didn’t mind going back to school after the holidays.',
      'He didn’t mind staying with his foster carers over Christmas.',
      'The men did not mind being seen with her in public.',
      'Staff did not mind taking her to the appointment.',
      'She minded being filmed and told them to stop.',
    ],
  },
} satisfies RuleSpec
