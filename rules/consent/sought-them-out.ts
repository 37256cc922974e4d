import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sought-them-out',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    // The child as the one who found the exploiters (`@choice-exploit-person`): "sought them out", "seeks out the older men".
    'seek|seeks|seeking|sought @choice-exploit-person out',
    'seek|seeks|seeking|sought out @choice-exploit-person',
    'seek|seeks|seeking|sought out the? company of @choice-exploit-person',
    '{go} looking|searching for @choice-exploit-person',
    // Pursuit of the adults: "goes after older boys", "goes out of her way to find these older blokes".
    '{go}|{run}|{chase} after @choice-exploit-person|@choice-men',
    '{go} out of $poss way to find|seek|meet|attract|see|contact|get @choice-exploit-person|@choice-men',
    // Contact made by the child "herself": "approached the men herself", "contacted them himself".
    '{approach}|{contact}|{message}|{text}|{phone}|{ring}|{call}|{find} @choice-exploit-person $self',
    // Asking the exploiters for work, runs or lifts (`@choice-ask-object`): "asked them for more work", "approached the dealers asking for a job".
    '{ask}|{beg} @choice-exploit-person for @choice-ask-object',
    '{ask}|{beg} for @choice-ask-work',
    '{ask} to be given @choice-ask-object',
    '{approach} @choice-exploit-person|dealers|the-dealers|the-olders|the-elders asking|looking for @choice-ask-object',
    '{ask} if|whether $subj could do @det? run|drop|delivery|job|shift',
  ],
  unless: [
    'professional-subject',
    'choice-good-complement',
    // Work a child may properly ask for: "asked for work experience", "a job at the café".
    {
      followedBy: [
        'experience|placement|placements',
        'at|in|with|from the|a? school|college|shop|café|cafe|garage|salon|farm|kitchen|office|restaurant|maths|english|class|lessons|jobcentre',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` makes the child the one who sought out their exploiters',
  suggestions: [
    'was in contact with [adult], who [groomed / offered / paid] [child]',
    'was drawn to [adult] after [gifts / promises / threats]',
  ],
  note: 'Grooming often makes a child feel the contact was their own idea; adults who exploit children set up that contact and reward it. Say what the adults offered, gave or threatened, and how contact was kept up.',
  adult: {
    message: '`{actual}` makes the person the one who sought out their exploiters',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the offers, deception, debt or control behind it.',
  },
  sources: ['TCS-LP', 'HMICFRS-MET', 'TEES', 'CCE-DEF'],
  examples: {
    incorrect: [
      {
        text: 'Kyle (15) [[sought them out]] after he was excluded.',
        suggestions: [
          'was in contact with [adult], who [groomed / offered / paid] [child]',
          'was drawn to [adult] after [gifts / promises / threats]',
        ],
      },
      'Leah (14) actively [[seeks out the older men]] in the town centre.',
      'Night log: YP [[went looking for them]] on the Friday night.',
      'She [[approached the men herself]] and asked for a lift.',
      'Jay [[contacted them himself]] on Snapchat.',
      'Kyle [[asked the olders for more work]] after the first run.',
      'Kyle (15) [[asked to be given more work]] by the group.',
      '- [[begging for runs]] since Christmas',
      'Reece [[approached the dealers asking for work]] in the park.',
      'He [[asked if he could do a run]] to Swindon.',
      'Amber [[seeks out the company of older males]] most evenings.',
      'Paige (13) [[goes after older boys]].',
      'Kerry-Ann (14) [[goes out of her way to find these older blokes]].',
    ],
    correct: [
      'Kyle did not seek them out; they found him through his cousin.',
      'The men sought her out at the school gates.',
      'Leah sought out her social worker after the party.',
      'She approached the officers herself and asked for help.',
      'Kyle asked for work experience at the garage.',
      'Kyle asked his keyworker for help with his CV.',
      'Exploiters seek out children who are isolated.',
      'The dealers asked Kyle for more work, he said.',
      'Police went after the men.',
      'She went after her sister to bring her home.',
    ],
  },
} satisfies RuleSpec
