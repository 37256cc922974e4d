import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'got-themselves-into',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  guards: {adults: true},
  phrases: [
    '{get} $self into|involved|mixed',
    '{get} $self in with',
    // Out of their depth by their own doing: "got in over his head", "got out of her depth".
    '{get}|{be} in @jv-degree? way|well|far|completely? over $poss head',
    '{get} out of $poss depth',
    '{get} $self caught|tangled up',
    '{put}|{place} $self in|into that|this|the|a situation|position',
    '{make} @choice-self available|accessible|contactable to|for?',
    '{involve}|{attach}|{align}|{embed}|{immerse}|{entangle}|{ingratiate} $self with|in|into|to',
    // Harm done to the child told as the child's doing: "got herself catfished", "got himself groomed".
    '{get} $self catfished|groomed|scammed|exploited|trafficked|blackmailed|sextorted',
    // Other harms told as the child's doing: "got himself arrested", "got herself hurt", "got himself
    // stabbed", "got herself a reputation".
    '{get} $self arrested|hurt|stabbed|beaten|beaten-up|attacked|robbed|raped|assaulted|pregnant|injured|kidnapped|abducted|a-reputation|a-name|known',
    // Drifting into crime or exploitation as the child's course: "drifted into offending", "slid into
    // the gang", "gravitated towards older peers".
    '{drift}|{slip}|{slide}|{gravitate} into|towards @det? offending|crime|criminality|drugs|dealing|gang-life|gang|gangs|county-lines|exploitation|prostitution|sex-work|lifestyle|world|scene|olders|elders|older-peers|older-males|older-men|crowd|group',
  ],
  unless: [
    'choice-good-complement',
    // "talk drifted towards the gang", "her attention slipped into …": not the child.
    {precededBy: ['talk|conversation|discussion|attention|focus|thoughts|eyes|meeting|chat'], within: 1},
    'professional-subject',
    {
      followedBy: [
        'for|to? the|an|a|$poss? @process-adjective? interview|appointment|meeting|visit|assessment|examination|review|session|police|officers|staff|workers|contact|support|school|college|work|training|@consent-object',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` gives the child agency over what was done to them',
  suggestions: ['was drawn into [situation] by [adult]', 'was groomed by [adult] into'],
  note: 'Reflexive wording makes the child the cause of their own abuse. Put the adult in the subject position, or use the passive and name the abuser.',
  sources: ['NORFOLK', 'TCS-LP'],
  examples: {
    incorrect: [
      'Kai (15) [[got himself arrested]] in Luton again.',
      'She [[got herself hurt]] at the flat, the note says.',
      '- [[got himself stabbed]] over a debt',
      'He [[drifted into offending]] after he left school.',
      'Jade (14) has [[gravitated towards older males]] since May.',
      'Tyler [[slipped into the gang]] over the summer.',
      '[[Got in over his head]] with the olders, per mum.',
      'Leah (14) [[is in way over her head]] with the men from the takeaway.',
      'Kyle [[got out of his depth]] in Hull.',
      {
        text: 'Kyle has [[got himself into]] trouble with the older boys.',
        suggestions: ['was drawn into [situation] by [adult]', 'was groomed by [adult] into'],
      },
      'Jade [[got herself involved]] in the thefts at the shopping centre.',
      'He [[gets himself mixed]] up with older males.',
      'Amira [[got herself in with]] a group in Leeds.',
      'Kyle has [[got himself caught up]] in county lines.',
      'Tomasz [[put himself in that situation]] by going to the flat.',
      'He is [[making himself available to]] the group and answers at any hour.',
      'She [[makes herself available for]] the men whenever they call.',
      'Kai has [[involved himself with]] the olders in Luton.',
      'She [[attached herself to]] an older group from the estate.',
      'She (14) [[got herself catfished]] and then panicked when he threatened to post the video.',
      'Jade (14) [[got herself groomed]] online, the note says.',
    ],
    correct: [
      'Deano, 24, got himself arrested for assault.',
      'She drifted into sleep on the sofa at her nan’s.',
      'Talk drifted towards the gang at the strategy meeting.',
      'The social worker felt out of her depth with the case.',
      'Ava did not get in over her head; she was trapped by debt.',
      'Jade did not get herself into this; she was groomed by two men.',
      'Avoid phrases such as "got herself into" when describing abuse.',
      'Kyle got himself to the station and called his mum.',
      'She made herself available for the interview on Tuesday.',
      'He made himself a sandwich before the visit.',
      'The men involved themselves in her life after her mum died.',
      'She made herself available for the ABE interview.',
      'He involved himself in the youth club after school.',
      'Deano, 24, catfished Jade (14) and then threatened to post the video.',
    ],
  },
} satisfies RuleSpec
