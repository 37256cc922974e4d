import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'party-girl',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: [
    'party girl(s)|animal(s)|lifestyle',
    // The child as drawn to a scene: "hooked on the party scene", "into the rave scene".
    'hooked-on|into the|that party|club|clubbing|rave|drug|drugs scene|lifestyle',
    '{like}|{love}|{enjoy} to? party|partying',
    '{like}|{love}|{enjoy} parties',
    '{go}|out partying',
    '@judge-out-activity',
    'out|off|go|goes|went|going clubbing|raving',
  ],
  message: '`{actual}` moralises about the child and hides parties used by abusers',
  suggestions: ['was taken to parties at [address] by [adult] who supplied [substance]'],
  note: 'Parties are a common setting where adults groom and abuse children. Record who took the child, where, and who supplied alcohol or drugs.',
  sources: ['PACE-CL', 'OUTSHADOWS'],
  examples: {
    incorrect: [
      'Chloe (15) is [[hooked on the party scene]] since the summer.',
      'Kai (14) is [[into the rave scene]] in Leeds.',
      {
        text: 'Jade is a [[party girl]] and is often in Leeds at weekends.',
        suggestions: ['was taken to parties at [address] by [adult] who supplied [substance]'],
      },
      'Amira [[likes to party]] with older men.',
      'Kyle [[goes partying]] in Hull most weekends.',
      'She [[loves parties]] at the flat on Ash Road.',
      'Missing again. Probably off [[partying]] with her mates.',
      'She is always out [[gallivanting]] and does not care who she upsets.',
      'Chantelle was intoxicated and had clearly been [[partying]] with them for hours.',
      'Kai (15) [[went clubbing]] in Leeds with the olders.',
    ],
    correct: [
      'The police are targeting the drug scene in the town centre.',
      'Jade was taken to parties at a flat in Leeds by adults who supplied alcohol.',
      'Avoid phrases such as "party girl" in referrals.',
      'The court heard from each party to the proceedings.',
      'The men were partying at the flat when police arrived.',
    ],
  },
} satisfies RuleSpec
