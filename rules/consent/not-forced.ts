import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'not-forced',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    'nobody|no-one|noone forced|made|pressured|coerced|pushed|compelled|pressurised|pressurized $obj',
    'nobody|no-one|noone forced|made|pressured|coerced|pushed|compelled _ to? do|go|carry|sell|stay|send|take|meet|anything|it',
    '@be not|never @degree? being? forced|made|pressured|coerced|pushed|compelled|pressurised|pressurized',
    // Taken by force, denied: "wasn't dragged there", "was not bundled into the car".
    '@be not|never @degree? dragged|bundled|frogmarched|snatched|kidnapped there|into|in|to|off|away',
    '@be not|never @degree? being? forced|made|pressured|coerced|pushed into anything|it',
    'no force|coercion|pressure|threat|threats|violence was|were|had-been used|involved|applied|put|exerted|needed',
    'without any? force|coercion|pressure|persuasion|threats',
    // No pressure named as a state ("under no pressure", "nobody twisted her arm").
    'no force|coercion|pressure|threat|threats|violence|compulsion used|involved|applied|needed|required',
    'under no pressure|duress|compulsion|coercion',
    // Held, threatened or coerced, denied: "was not held against her will", "wasn't threatened", "nobody forces him".
    '@be not|never @degree? being? held|kept|detained against $poss will',
    '@be not|never @degree? being? threatened|intimidated|bullied into? anything?',
    'nobody|no-one|noone @be? holding|held|keeping|kept $obj there|against',
    'nobody|no-one|noone|none-of-them forces|makes|pressures|coerces|pushes $obj',
    'not under any? pressure|duress|compulsion|coercion',
    'nobody|no-one|noone|none-of-them (twisted|was twisting|had to twist) $poss arm',
    'no|without arm-twisting|arm twisting',
    'nobody|no-one|noone (held|put|was holding) a gun|knife to $poss head',
    'of $poss own free? accord|volition and? without|with-no pressure|force|coercion',
    // The present tense: "nobody is forcing her". (A finding of no evidence of force is a
    // statement about the evidence, not the child: "there is no evidence of force".)
    'nobody|no-one|noone @be forcing|making|pressuring|coercing|pushing|pressurising $obj|him|her|them',
    // A note or a form that records no coercion as a finding about the child: "- no coercion evident",
    // "Level of coercion: none", "not forced, went of own free will".
    'no|nil|zero|minimal coercion|force|pressure|duress|compulsion evident|apparent|identified|seen|noted|observed|indicated|present|disclosed|reported|involved|suspected',
    '(level of|evidence of|signs of|degree of|indicators of)? coercion|force|duress|pressure|compulsion : none|nil|no|n/a|zero|minimal|low|none-evident|none-apparent|none-identified|none-noted|none-seen|none-disclosed|not-evident|not-apparent|not-identified|not-known',
    'not|never forced|coerced|pressured|pressurised|pressurized|pushed-into',
    // The absence named as a fact about the child: "there was no coercion", "there's no pressure on her".
    'there {be} no|never-any force|coercion|pressure|duress|compulsion',
    // An existential denial, as a fact about what happened: "there was no coercion", "there appears to be
    // no pressure on him", "there's been little force". (Not "no evidence|sign of force", a finding about the evidence.)
    'there {have}? @be|@seem @degree? no|little|minimal|nil force|coercion|pressure|duress|compulsion|arm-twisting',
  ],
  unless: [
    // "There was no coercion of the witness": someone else's account.
    {
      followedBy: [
        'of|on|against the|a|an? witness|witnesses|suspect|suspects|complainant|interviewee|defendant|staff|officer|officers',
      ],
      within: 1,
    },
    'professional-subject',
    // "There was no pressure on her to attend": the process, not the exploitation.
    {
      followedBy: [
        'to attend|speak|engage|talk|answer|disclose|accept|sign|give|consent|agree|take-part|be-interviewed|be-examined',
      ],
      within: 3,
    },
    // "There was no pressure from staff": the professionals, not the exploiters.
    {
      followedBy: [
        'by|from|on-the-part-of staff|police|officers|professionals|workers|carers|parents|interviewers|us|school|the-police|the-officers|the-school|the-interviewer|the-interviewers|her-parents|his-parents|her-carers|his-carers',
        'by|from|on-the-part-of the|any interviewing|attending|investigating|arresting|police|social? officer|officers|staff|worker|workers|professionals',
      ],
      within: 1,
    },
    // "she was not made to wait", "was not forced to leave the refuge": not the exploitation.
    {
      followedBy: [
        'to wait|leave|attend|speak|answer|talk|give|undergo|sign|repeat',
        'to go home|back-to-school',
        'marriage|labour|labor|entry|landing|removal|migration|migrant|migrants|sex-work|prostitution',
        'to come|go|get to|into the|a|an|$poss? session|appointment|meeting|interview|school|college|police|station|clinic|hospital|group|class|club|placement|unit',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` treats the absence of force as if the child agreed',
  suggestions: [
    'was groomed by [adult] with [gifts / attention / debt]',
    'was controlled by [adult] through [threats / debt / dependency]',
  ],
  note: 'Force is not needed for a child to be exploited: grooming, gifts, debt and fear do the work, and a child’s agreement is irrelevant in law. Say how the adults got the child to do it.',
  adult: {
    message: '`{actual}` treats the absence of force as if the person agreed',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)); deception, abuse of vulnerability or debt are means too. Say what the exploiters did.',
  },
  sources: ['MSA-S1-2', 'ECPAT-UK', 'DFE-CSE', 'CCE-DEF', 'PALERMO'],
  examples: {
    incorrect: [
      'Jade went back to the flat on Friday; [[there was no coercion]].',
      '[[There appears to be no pressure]] on Kyle to sell, per the log.',
      'Concerns: low — [[there has been little force]] involved',
      'Leah went back at 2am and [[there seemed to be no coercion]].',
      'Leah (14) [[was not held against her will]] at the flat.',
      'Kyle [[wasn’t threatened]], the DC notes.',
      '[[Nobody was holding her there]], per the hotel manager.',
      'Assessment: [[nobody forces him]] to go.',
      '[[Nobody is forcing her]] to go, the note says.',
      {
        text: 'By her own account [[nobody forced her]] to get in the car.',
        suggestions: [
          'was groomed by [adult] with [gifts / attention / debt]',
          'was controlled by [adult] through [threats / debt / dependency]',
        ],
      },
      '[[No one made him go]] to Stoke; he went on the train alone.',
      'Jasmine [[wasn’t forced into anything]] and carried the bag to Bath.',
      'Kyle [[isn’t being made]] to sell, according to the log.',
      'She [[was not coerced]] in any way by Daz (26).',
      'The sexual contact happened [[without any pressure]] from him.',
      '[[No force was used]] and she went with them willingly.',
      '[[Nobody made Kasey do]] anything, the log says.',
      'Consent: YP (15) went with them, [[no force used]].',
      'She was [[under no pressure]] from the men, staff think.',
      'YP was [[not under any pressure]] to go, per the officer.',
      '[[Nobody twisted her arm]]; she went along with it.',
      'It happened [[without arm-twisting]], the log says.',
      '[[No one held a gun to his head]], the PC wrote.',
      'She went [[of her own accord and without pressure]], per the log.',
      '- [[no coercion evident]]',
      '[[Level of coercion: none]] — YP seems to want to do it',
      '- [[not forced]], stayed at the flat for two nights',
      'Notes: [[nil pressure identified]], YP back at address',
      'Mia (14) was at the flat but [[there was no coercion]], the PC noted.',
      '[[There’s no pressure]] on him to do the runs, per the YOT worker.',
      '- [[there is never any force]], she goes to the address herself',
      'Amy (14) [[wasn’t dragged there]]; she was keen to go.',
    ],
    correct: [
      'There was no pressure from staff during the interview.',
      'There was no coercion by police; she chose to speak to us.',
      'There was no coercion from the interviewing officers.',
      'There was no pressure to attend the interview.',
      'There was no pressure on her to attend the review.',
      'There was coercion: the men threatened her brother.',
      'There is no evidence of coercion yet, and enquiries continue.',
      'Level of coercion: high — threats to family',
      'Coercion: threats to family, debt of £400',
      '- coerced into carrying by adult male',
      'It was not forced marriage but she was 15 and he was 30.',
      'Leah was held against her will at the flat.',
      'The men threatened Kyle with a knife.',
      'Kyle said he was threatened by the olders.',
      'There is evidence she was forced to go by Deano.',
      'There is no evidence of force, and the CCTV is being reviewed.',
      'There was no coercion of the witness during the interview.',
      'Nobody is forcing the men to leave; police have no power to.',
      'She was forced into the car by two men.',
      'He was made to carry drugs by the Eastside group.',
      'The officers were not forced to enter the flat.',
      'She was not made to wait at the police station.',
      'It is not true that nobody forced her: the men threatened her brother.',
      'A child does not need to be forced to be exploited.',
      'Nobody twisted her arm to come to the session; she came herself.',
      'She was dragged into the car by Deano.',
    ],
  },
} satisfies RuleSpec
