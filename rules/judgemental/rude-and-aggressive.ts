import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'rude-and-aggressive',
  category: 'judgemental',
  severity: 'warning',
  target: 'label',
  phrases: [
    'rude and aggressive|abusive|mouthy|disrespectful|hostile|defiant|challenging',
    'aggressive|mouthy|hostile|defiant|challenging|disrespectful and rude|abusive|mouthy|challenging|difficult|defiant',
    'rude',
    'hostile to|towards the? police|officers|staff|professionals|carers|workers|services',
    'mouthy|gobby|lippy',
    '{give} staff|carers|officers|teachers lip|cheek',
    'no|little|zero respect for|towards authority|boundaries|rules|staff|adults|anyone|anybody|others|carers|teachers|police|officers|professionals|people|property|the-home|the-rules|her-carers|his-carers|her-mum|his-mum|house-rules|the-house-rules|the-placement|the-unit|school-rules|the-school-rules',
    '{do} not {respect} authority|boundaries|rules|staff|adults|anyone|anybody|carers|teachers|police|officers|professionals|people|the-rules',
    '{have} no|little|zero respect',
    'disrespectful|insolent',
  ],
  unless: [
    {precededBy: ['would be|seem|seems|sound|sounds', 'it is|was|would|seems', "it's"], within: 1},
    {precededBy: ['it|that|this'], within: 2},
  ],
  message: '`{actual}` judges the child’s manner without saying what happened or why',
  suggestions: ['[what the child said or did] after [trigger]'],
  note: 'How a child speaks to adults can reflect fear, anger or trauma. Record what was said or done and the context.',
  sources: ['OXON', 'DAVIS', 'CWCT'],
  examples: {
    incorrect: [
      'Came back smelling of weed. [[Zero respect for the house rules]].',
      {
        text: 'Jade was [[rude and aggressive]] when officers found her.',
        suggestions: ['[what the child said or did] after [trigger]'],
      },
      'Kyle was [[aggressive and abusive]] at the station.',
      'Amira is [[mouthy]] with her carers.',
      'Tomasz [[gives staff lip]] at bedtime.',
      'Staff describe Rosie as [[mouthy and challenging]].',
      'Demarco is obstructive and [[rude]] whenever officers visit.',
      'Daniela is [[hostile to the police]] and will not open the door.',
      'Attitude: [[no respect for boundaries]]',
      "She [[doesn't respect the rules]] at the home.",
      'Kyle [[has no respect]] and swears at his carers.',
      'Leah (14) is [[disrespectful]] to night staff.',
    ],
    correct: [
      'Jade swore at officers after they took her phone.',
      'Avoid words such as "mouthy" about a child.',
      'The 30-year-old man was rude and aggressive to the officers.',
      'It would be rude to interrupt her during the interview.',
      'The men have no respect for the girls and film them.',
    ],
  },
} satisfies RuleSpec
