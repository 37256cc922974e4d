import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'willing-participant',
  category: 'consent',
  severity: 'error',
  target: 'term',
  phrases: [
    'willing|active|eager|voluntary|consenting participant(s)|party|parties|partner(s)',
    'willing|eager|consenting victim(s)|courier(s)|accomplice(s)|helper(s)|recruit(s)',
    // A willing taker-part (`@choice-willing-noun-adj @choice-participant`): "a willing passenger", "an eager recruit".
    '@choice-willing-noun-adj @choice-participant',
    // The exploitation's work named as a job the person took on: "a willing worker", "a willing gardener".
    'willing|eager|consenting|complicit|voluntary|enthusiastic|keen worker(s)|labourer(s)|laborer(s)|gardener(s)|grower(s)|lookout(s)|go-between(s)|messenger(s)|employee(s)',
    '{participate} willingly|voluntarily|eagerly|freely|happily',
    '{take} part willingly|voluntarily|eagerly|freely|happily',
    // An attitude or role field's value: "Attitude: willing", "Participation – voluntary".
    'attitude|demeanour|demeanor|participation|involvement|level-of-involvement|role|presentation|consent|coercion : @degree? willing|consenting|complicit|voluntary|enthusiastic|eager|a-willing-participant',
    // The manner before the verb or after "part": "actively participated in the supply", "knowingly took part".
    'actively|knowingly|fully|willingly|voluntarily|eagerly|freely|happily|enthusiastically {participate}',
    'actively|knowingly|fully|willingly|voluntarily|eagerly|freely|happily|enthusiastically {take} part',
    '{participate} actively|fully|knowingly|enthusiastically',
    '{take} (an active|a full|a willing|an eager|a knowing) part',
  ],
  unless: [
    // "Attitude: willing to engage with ISVA": willing for the help, not the abuse.
    {
      followedBy: [
        'to engage|attend|speak|talk|meet|see|accept|work|try|help|consider|disclose|share|listen|learn|change|engage-with',
        'to be seen|referred|supported|helped|interviewed|examined',
        'to go home|back-to-school',
      ],
      within: 1,
    },
    'choice-rebutted-after',
    'choice-others-case',
    // "an enthusiastic participant in the cooking group": a group, class or session.
    {
      followedBy: [
        'in|at|of|on the|a|an|$poss|our? _? group|groups|club|clubs|session|sessions|class|classes|programme|project|course|team|lessons|sport|sports|plan|review|meetings|interview|interviews|discussion|discussions|research|consultation|trip|trips|scheme|workshop|workshops|council|choir|band|church|mosque|temple|gurdwara|community|scouts|guides|cadets|youth|forum|parliament|debate|debates|lesson|learning|therapy|assessment|assessments|planning|process|investigation',
      ],
      within: 1,
    },
    {precededBy: ['may|might|can|could appear|seem to be? a|an'], within: 1},
    {
      followedBy: [
        'in|at the|a|an|her|his|their? abe? interview(s)|assessment|meeting(s)|session(s)|programme|club|team|sport(s)|lessons|education|research|project|planning|review|group|football|youth|discussion|safety|plan|school|college',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` presents the child as a willing participant in their own abuse',
  suggestions: ['child who was exploited', 'child who was groomed and controlled'],
  note: 'Children are never willing participants in their own abuse; the word hides grooming and control. Describe what the adults did and how they kept the child involved.',
  adult: {
    message: '`{actual}` presents the person as a willing participant in their own abuse',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['ZT', 'NSVRC', 'ECPAT-UK', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Police described her as a [[willing participant]] in the sexual activity.',
        suggestions: ['child who was exploited', 'child who was groomed and controlled'],
      },
      'Kyle appeared to be an [[active participant]] in the supply of drugs.',
      'Tomasz [[participated willingly]] in the thefts from the shops.',
      'Kyle [[took part willingly]] in moving the drugs.',
      'Liam was seen as a [[willing courier]] for the group.',
      'Summary: [[willing passenger]] in the car with Kyle Price (29)',
      'Liam was an [[enthusiastic participant]] in the drug runs.',
      'Kai was, at any rate, a [[willing participant]] in the supply.',
      '[[Attitude: willing]]',
      '- [[participation – voluntary]], per OIC',
      'YP (15) [[involvement: complicit]]',
      'Assessment: Leah (14) was a [[knowing participant]] in the parties at the flat.',
      'Kyle [[actively participated]] in the supply of cannabis on the estate.',
      'He has [[knowingly taken part]] in at least six runs to Exeter.',
      'Kai (15) [[participated fully]] in the thefts, the YOT report says.',
      '- YP a [[full participant]], not coerced',
      'Jess (15) [[took an active part]] in bringing the younger girls along.',
      'Bilal (17) is a [[willing worker]], per the hostel.',
    ],
    correct: [
      'Attitude: willing to engage with ISVA',
      'Participation: in youth club sessions',
      'She was treated as a consenting party by the investigating team.',
      'Jade was not a willing participant; she was 14 and had been groomed.',
      'Children are never willing participants in their own abuse.',
      // A negator before an aside between commas.
      'He was not, at any stage, a willing participant.',
      'Kai was not, in any way, a willing participant in the supply.',
      'A child may appear to be a willing participant but cannot give informed consent.',
      'Kyle is an active participant in the youth club’s football team.',
      'Amira was a willing participant in the ABE interview.',
      'Kyle is an enthusiastic participant in the cooking group.',
      'Defence will say she was a willing participant; she was 14 and had been groomed.',
      'He cannot be described as a willing participant.',
      'Leah actively participated in her ABE interview.',
      'Kyle took an active part in the planning meeting for his safety plan.',
      'He is an active member of the church youth group.',
      'Leah was not a knowing participant in any of it.',
      'Kyle did not knowingly take part in anything; he was told the bag held clothes.',
      'She is a committed worker at the café.',
    ],
  },
} satisfies RuleSpec
