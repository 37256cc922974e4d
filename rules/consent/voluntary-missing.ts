import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'voluntary-missing',
  category: 'consent',
  severity: 'error',
  target: 'term',
  phrases: [
    'voluntary|voluntarily missing|absence|absent|absconder|absconding|runaway|misper',
    'missing voluntarily',
    'missing by choice',
    '{go} missing voluntarily|willingly',
    'voluntarily {go} missing',
    'voluntary missing episode(s)|person|child',
    // A missing form's field: "Missing: voluntary", "Type of absence – voluntary".
    'missing|absence|episode|misper|type|category|nature|circumstances : voluntary|voluntarily|willingly|willing|by-choice',
  ],
  message:
    '`{actual}` treats a missing episode as the child’s free choice rather than a possible sign of exploitation',
  suggestions: ['missing person', 'child missing from [home / care]'],
  note: 'Missing episodes are a recognised indicator of exploitation and trafficking, and calling them voluntary lowers the response. Record when the child went missing, where they were found and with whom.',
  adult: {
    message:
      '`{actual}` treats a missing episode as the person’s free choice rather than a possible sign of exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['STOWE-NCA', 'MCFARLANE', 'CARDIFF-LANG', 'NSPCC-RISK'],
  examples: {
    incorrect: [
      {
        text: 'She is recorded as a [[voluntary missing]] on the police system.',
        suggestions: ['missing person', 'child missing from [home / care]'],
      },
      'The episode was graded as a [[voluntary absence]] and closed.',
      'Kyle (15) has been [[missing voluntarily]] five times this month.',
      'Staff see Mia as [[missing by choice]] rather than at risk.',
      'Police believe Mia [[went missing voluntarily]] to see her friends in Hull.',
      'Jade [[voluntarily went missing]] from the unit.',
      'This was her third [[voluntary missing episode]] since March.',
      '[[Missing: voluntary]] – returned 03:00, no concerns',
      'Type of [[absence – voluntary]], YP (14) found at address',
      'Episode 4. [[Category: by choice]]; located in Hull',
    ],
    correct: [
      'Jade has been reported missing five times since March.',
      'This was not a voluntary absence; the men collected her.',
      'Kyle was missing from care and was found in Swindon with two adults.',
      'Missing: 3 times since May, each time found with adults.',
      'Type of absence: missing from care',
    ],
  },
} satisfies RuleSpec
