import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'minor-noun',
  category: 'adultification',
  severity: 'warning',
  target: 'term',
  phrases: ['the|this minor', 'minors', 'unaccompanied minor(s)', '{be} a minor', 'as a minor'],
  unless: [
    {followedBy: ["cannot|can't|must|should"]},
    {
      followedBy: [
        'injury|injuries|offence|offences|incident|incidents|role|part|concern|concerns|detail|details|issue|issues|change|changes|amount|amounts|quantity|quantities|cut|cuts|bruise|bruises|bruising|graze|grazes|assault|damage|matter|matters|discrepancy|discrepancies|inconsistency|inconsistencies|difference|differences|risk|risks|crime|crimes|harm|scratch|scratches|mark|marks|error|errors|point|points|drug|drugs|debt|debts|sum|sums|surgery|procedure|illness|ailment|ailments|infraction|infractions|argument|arguments|disagreement|disagreements|theft|thefts|road|roads|operation|way|extent|degree|league|player|players|character|characters|breach|breaches|altercation|altercations|disturbance|disturbances|adjustment|adjustments|repair|repairs|criminal|sexual|physical|head|stroke|fracture|amendment|amendments|edit|edits|alteration|alterations|revision|revisions|update|updates|improvement|improvements|correction|corrections|delay|delays|problem|problems|difficulty|difficulties|complaint|complaints|concern|flaw|flaws|ailment|symptom|symptoms|burn|burns|wound|wounds|swelling|bleeding|lapse|lapses|setback|setbacks|variation|variations|adjustment|fault|faults|mistake|mistakes|misunderstanding|detail|level|levels|roles|parts|players|offender|offenders',
      ],
    },
  ],
  message: '`{actual}` objectifies the child with a legal-status noun',
  suggestions: ['the child', 'the 15-year-old'],
  note: 'The Luxembourg Guidelines prefer "child" to "minor", which objectifies. Say "child" or use the name and age; legal titles are fine.',
  sources: ['LUX'],
  examples: {
    incorrect: [
      'Officers recorded Kyle (15) [[as a minor]] in the custody log.',
      {
        text: 'Officers found [[the minor]] at the address on Grove Road.',
        suggestions: ['the child', 'the 15-year-old'],
      },
      'Three [[minors]] were in the car when it was stopped on the M5.',
      'Tomasz arrived as an [[unaccompanied minor]] in Dover in 2024.',
      'Amira [[is a minor]] and was found in a hotel with two men.',
      'Staff were told [[the minor]] had been there since Friday.',
    ],
    correct: [
      'Kyle was treated as a minor only after the age assessment.',
      'Kyle had a minor injury to his hand when he was found.',
      'There were minor differences between the two accounts.',
      'Jade played a minor role in the school play before she went missing.',
      'The Luxembourg Guidelines prefer "child" to terms such as "minor".',
    ],
  },
} satisfies RuleSpec
