import type {RuleSpec} from '../../src/types.js'

const clothes =
  'clothes|clothing|outfit(s)|dress|dresses|top(s)|skirt(s)|shorts|attire|items|underwear|lingerie|make-up|makeup'

export default {
  id: 'provocative-clothing',
  category: 'sexualising',
  severity: 'warning',
  target: 'term',
  phrases: [
    `provocative|revealing|skimpy|sexy|suggestive|tight|low-cut|inappropriate ${clothes}`,
    '{dress} up? provocatively|suggestively|revealingly|sexily|scantily|seductively',
    '{dress} up? older',
    '{dress} older than $poss age|years',
    // The manner as a judgement: "dresses inappropriately for her age", "dresses in a sexual way".
    '{dress} @degree? inappropriately|sexually|maturely|immodestly',
    '{dress} in a|an @degree? sexual|sexualised|sexualized|provocative|revealing|adult|mature|grown-up|older|inappropriate way|manner|fashion|style',
    'provocatively|scantily|suggestively|revealingly|skimpily dressed|clad',
    '{wear} very? little',
    '{dress} like a|an? adult|woman|grown',
    '{dress} to impress',
    // Display named as the child's provocation: "flaunts herself", "flaunting her body".
    '{flaunt} $self',
    '{flaunt} $poss body|figure',
    // The same in idiom: "dresses the part", "dolled up", "done up to the nines".
    '{dress} the part',
    '{get}|{be} dolled|tarted|glammed|done up',
    'dolled|tarted up',
    '{dress} to kill|thrill',
    'dressed|done up to the nines',
    // Images and movement described as the child's provocation: "posts revealing selfies", "was dancing provocatively".
    'provocative|revealing|sexy|suggestive|skimpy selfies|selfie|photos|pictures|pics|images|videos|posts|snaps',
    '{dance}|{pose}|{act}|{behave}|{move}|{sit} @degree? provocatively|suggestively|seductively|sexily',
  ],
  unless: [
    {
      precededBy: [
        '{buy}|{give}|{send}|{get} _',
        '{make}|{tell}|{ask}|{force}|{pressure} $obj to wear',
        '{have}|{get}|{make} $obj',
      ],
      within: 2,
    },
    {followedBy: ['for the weather|cold|season', 'for the time of year'], within: 1},
  ],
  message: '`{actual}` implies the child’s clothing invited or explains the abuse',
  suggestions: ['[clothing]', 'clothes bought by [adult]'],
  note: 'Comments on how a child was dressed imply the child invited the abuse. Leave clothing out unless it is evidence, and then record it as a plain fact, such as clothes an adult bought.',
  sources: ['SAFESOUND', 'UKCIS', 'OUTSHADOWS'],
  examples: {
    incorrect: [
      'She [[flaunts herself]] in front of the drivers.',
      '- [[flaunting her body]] on TikTok',
      {
        text: 'She was wearing [[revealing clothes]] when officers found her.',
        suggestions: ['[clothing]', 'clothes bought by [adult]'],
      },
      'Mia [[dresses provocatively]] when she goes into town.',
      'Amira was [[scantily dressed]] at the hotel.',
      'Ellie has started to [[dress older than her age]].',
      'Kayleigh [[dresses like a woman]] and wears make-up.',
      'Jade was [[wearing very little]] when the taxi dropped her off.',
      'She [[dressed up provocatively]] to go to the party.',
      'Mia has been [[dressing older]] since she met him.',
      'Amira [[dresses to impress]] the men at the takeaway.',
      'At 14 she is going on 20 and [[dresses the part]].',
      'Staff said she [[was dolled up]] when the car came for her.',
      'Found at 2am [[tarted up]] in heels, aged 13',
      'She was [[dressed up to the nines]] at the hotel.',
      'Ellie (14) [[dressed to kill]] for the party at the flat.',
      'She posts [[revealing selfies]] on Instagram.',
      'Staff saw Leah (14) [[dancing suggestively]] with the men at the party.',
      'Jade [[poses provocatively]] in her TikToks.',
      'Kayla (13) [[dresses inappropriately]] for her age, staff say.',
      'She [[dresses in a very sexual way]] when she goes to Leeds.',
      '- YP [[dressed in a provocative manner]] on return',
    ],
    correct: [
      'The men threw themselves at the door.',
      'She was dressed inappropriately for the weather, in a T-shirt in January.',
      'The men made her pose for photos at the flat.',
      'The man bought Jade revealing clothes and underwear.',
      'Ellie has new clothes and a phone she cannot explain.',
      'Mia was in inappropriate clothing for the weather and had no coat.',
      'Avoid comments such as "provocative clothes" in referrals.',
      'He looks the part in his new school uniform.',
      'The men had her dolled up and photographed her in the flat.',
    ],
  },
} satisfies RuleSpec
