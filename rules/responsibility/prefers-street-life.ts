import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'prefers-street-life',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{prefer} the|a? street|streets|gang|road|roads life|lifestyle',
    '{prefer} the|a? gang|elders|streets|roads|group',
    '{prefer} life on the streets|road|roads',
    '{prefer} being with the gang|elders|group|men',
    '{prefer} to be|stay on the streets|road|roads',
    '{prefer} to be|stay with the-gang|the-elders|the-group|the-men|them',
    '{choose} the gang|streets|elders|road|roads over',
    // Choosing the exploiters (`@choice-exploit-person`): "keeps choosing them", "chose them over us".
    '@choice-again {choose}|{pick}|{prefer}|{favour}|{favor} @choice-exploit-person|the-streets|the-gang|the-road|that-life|the-life',
    '{choose}|{pick}|{prefer}|{favour}|{favor}|{put} @choice-exploit-person|the-streets|the-gang|the-road|that-life|the-life over|above|before|first|instead-of',
    '{feel}|{be} loyal to them|him|the-gang|the-elders|the-group|the-men',
    '{feel}|{be} loyal to the older boys|males|men|lads',
    // A preference for the exploiters (`@choice-exploit-place`): "prefers being out with the older lads", "prefers to stay at the flat".
    '{prefer} being|staying|living|going|hanging-around|to-be|to-stay|to-live|to-go|to-hang-around out? with|at|round @choice-exploit-place',
    '{prefer} the company of @choice-exploit-person',
    '{prefer} spending time with @choice-exploit-person',
  ],
  unless: ['choice-generic-subject', {precededBy: ['appears|appear|seems|seem|may|might|to'], within: 1}],
  message: '`{actual}` explains the child’s situation as a preference, closing the concern',
  suggestions: [
    'appears to have a bond with [adult], a recognised effect of grooming',
    'is being groomed by [adult]',
  ],
  note: 'Loyalty and a sense of belonging with exploiters are products of grooming and a recognised sign of exploitation. Record the bond as an indicator, not as a reason to step back.',
  sources: ['SEFTON-MS', 'SLOUGH'],
  examples: {
    incorrect: [
      'Leah [[prefers being out with the older lads]].',
      'Kyle [[prefers to stay at the flat]] on Radnor Street.',
      'Jade [[prefers the company of older men]].',
      'Kyle [[prefers spending time with the olders]] on Friday nights.',

      {
        text: 'Kyle [[prefers the street life]] to being at home.',
        suggestions: [
          'appears to have a bond with [adult], a recognised effect of grooming',
          'is being groomed by [adult]',
        ],
      },
      'Jade [[prefers the gang]] to her family.',
      'Tomasz [[preferred life on the streets]] in Hull.',
      'Amira [[prefers being with the group]] in Leeds.',
      'He [[feels loyal to them]] and will not give names.',
      'She [[is loyal to the elders]] and goes back every week.',
      'Kyle [[is loyal to the older boys]] in Luton.',
      'Kyle [[prefers to be on the streets]] at night.',
      'Jade [[prefers to stay with them]] in Leeds.',
      'Kyle [[chose the gang over]] his family.',
      'Charity key worker: there is only so much we can do when he [[keeps choosing them]].',
      'She [[chose them over]] her family, per the SW.',
    ],
    correct: [
      'Leah prefers being with her nan at weekends.',
      'She prefers spending time with her cousins.',
      'Kyle prefers being at his mum’s flat.',
      'Kyle appears loyal to the exploiters, which is a recognised sign of grooming.',
      'Jade seems loyal to them and is frightened to talk.',
      'Avoid phrases such as "prefers the street life" in referrals.',
    ],
  },
} satisfies RuleSpec
