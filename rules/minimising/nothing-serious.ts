import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'nothing-serious',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'nothing serious|major|significant|too|that|very|much',
    'nothing to worry about',
    '{be} not|never serious',
    '{be} not that|very|too|particularly serious',
    "isn't|wasn't|aren't|weren't serious",
    "isn't|wasn't|aren't|weren't that|very|too|particularly serious",
    'relatively|fairly|quite|pretty|very|comparatively minor|trivial|insignificant',
    'only|just|merely minor|trivial',
    '{be} minor|trivial|insignificant',
    'concern(s) {be} limited|minimal|low',
    '{be} of limited|minimal|low concern',
    'limited|minimal concern(s)',
    'no real|lasting? harm done',
    'no real harm',
    'not serious',
    'minor sexual|indecent assault|assaults|offence|offences|abuse|touching|contact|incident',
  ],
  unless: [
    {
      precededBy: [
        'injury|injuries|cut|cuts|bruise|bruises|bruising|burn|burns|graze|grazes|wound|wounds|damage|illness|condition|side|effects|offence|offences|errors|error|delay|delays|changes|amendments|repairs',
      ],
      within: 3,
    },
    {
      followedBy: [
        'injury|injuries|cuts|bruising|bruises|grazes|ailment|ailments|illness|offence|offences|changes|amendments|errors|repairs|attachment|role|differences|difference|details|detail|discrepancies|discrepancy|inconsistencies|points|point|variations|gaps|gap|delays|problems|issues|parts|part|adjustments',
      ],
    },
    {
      followedBy: [
        '(about|regarding|for) staff',
        '(about|regarding|for) the|a|an|this|his|her|their? school|placement|attendance|home|family|housing|health',
      ],
    },
  ],
  message: '`{actual}` plays down harm that a child has experienced',
  suggestions: ['[describe what happened, how often and who was involved]'],
  note: 'Calling abuse or exploitation minor or not serious lowers the response to a child who is being harmed; any sexual or criminal exploitation of a child is serious. Describe what happened and what is known.',
  sources: ['LM', 'ZT', 'TCS-2024'],
  examples: {
    incorrect: [
      {
        text: 'The school felt it was [[nothing serious]] and did not refer.',
        suggestions: ['[describe what happened, how often and who was involved]'],
      },
      'The touching by the taxi driver [[was not serious]], the file says.',
      "The messages from the 30-year-old [[weren't that serious]] in her mother's view.",
      'The assault at the party was [[relatively minor]] according to the log.',
      'The sexual contact [[was minor]] and Jade did not want police involved.',
      'Kyle has had [[only minor]] involvement with the line so far.',
      'The strategy meeting agreed the [[concern is limited]] to online contact.',
      'The images were judged to [[be of limited concern]] by the team.',
      'The team recorded [[minimal concern]] after the hotel incident.',
      'It was [[nothing to worry about]], the duty worker told the school.',
      'The grooming in the chat [[was not particularly serious]] to the panel.',
      "The hotel incident [[wasn't serious]], her carer thinks.",
      '- [[no real harm done]], YP 14 back home',
      'Sexual touching – [[not serious]]',
      '[[Minor sexual assault]] – words of advice given',
    ],
    correct: [
      'Jade had minor injuries to her arm after the assault.',
      'The abuse is serious and Jade needs a strategy meeting today.',
      'Avoid phrases like "nothing serious" about abuse.',
      'Kyle was convicted of a minor offence in 2023.',
      'Concerns about her school attendance are limited to Fridays.',
      'There were minor differences between the two accounts.',
    ],
  },
} satisfies RuleSpec
