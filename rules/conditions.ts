/**
 * Named conditions that rules cite by name in `unless` ("professional-subject"),
 * so a shared exception is written once. Each is one condition or a list, in the
 * format of `ConditionSpec`; a list may also name other shared conditions.
 * Phrases may use `@classes` from `classes.ts`.
 *
 * Data only.
 */
import type {SharedConditions} from '../src/types.js'

export const conditions = {
  /**
   * A professional, an agency, a parent or an adult stands just before the
   * frame as its subject ("the police refused to engage", "the men agreed to
   * go"): the words are about them.
   */
  'professional-subject': {precededBy: ['@not-the-child'], within: 2},

  /**
   * The sentence goes on to say the child is still a child ("looks older, but
   * she is still 14", "but this does not reduce the risk"): the frame is
   * named to be answered.
   */
  'still-a-child-after': {
    followedBy: [
      'but $subj {be} still',
      'but children|they {be} still',
      'but this|that does not',
      'but {be} still',
    ],
    within: 1,
  },

  /**
   * Guidance about how children may be seen ("may appear older", "can be
   * perceived as streetwise"): a general warning, not a description.
   */
  'hedged-appearance': {
    precededBy: [
      'may|might|can|could appear|seem|look',
      'may|might|can|could appear|seem|look to be',
      'may|might|can|could present as',
      'may|might|can|could be seen|perceived|viewed as',
    ],
    within: 1,
  },

  /**
   * Consent or agreement in its non-blame senses: to the referral, to
   * information sharing, to an examination, an interview or support
   * ("consented to a forensic medical examination", "agreed to a referral").
   */
  'consent-to-process': [
    {
      precededBy: [
        '(info|information|data) sharing',
        'referral|nrm consent',
        'consent to|for @det? @process-adjective? @process-adjective? @consent-object',
        '@consent-object was|were|been offered|explained|discussed|arranged|suggested|booked|requested and',
      ],
      within: 5,
    },
    {
      followedBy: [
        '@det? @process-adjective? @process-adjective? @consent-object',
        // "consent to her own treatment", "consents to the Barnardo's referral".
        '$poss own @process-adjective? @consent-object',
        '@det? $owner @process-adjective? @consent-object',
        'share|sharing|be|being|speak|speaking|talk|talking|meet|meeting|give|giving|attend|attending|have|having|see|seeing',
        'go ahead',
        'it being shared|referred',
      ],
      within: 2,
    },
  ],

  /**
   * "for the purpose of selling drugs", "with a view to exploiting her": the
   * activity is named as the adults' purpose, as statute and assessments do,
   * also as the second of two ("for the purpose of storing and supplying
   * drugs"), and after the adults named as agents of a passive ("taken to
   * Bournemouth by men from Southampton to sell drugs").
   */
  purpose: {
    precededBy: [
      'for the|a purpose(s) of',
      'for the|a purpose(s) of _ and|or',
      'with a|the view to',
      'in order to make $obj',
      'by the|a|an|two|three|several|older|adult? @not-the-child _? _? _? to',
    ],
    within: 2,
  },

  /**
   * Children or young people in general as the subject, up to three words
   * before ("children who go missing are often groomed", "young people who
   * are hard to reach"): a statement about children as a group, as guidance
   * makes, not about this child.
   */
  'young-people-in-general': {
    precededBy: ['@young-people', '@young-people who|that'],
    within: 3,
  },

  /**
   * Adults as the subject of a relative clause ("parents who got drunk",
   * "men who were experimenting with drugs"): the words are about the adults.
   */
  'adults-who': {
    precededBy: ['adults|parents|carers|men|women|males|mother|father|mum|dad|uncle|aunt who|that'],
    within: 2,
  },

  /**
   * A modal, a frequency word or "to" just before ("may act older", "can be
   * grown up", "expected to act older"): a general warning or someone's
   * expectation, not a description of the child.
   */
  'modal-before': {precededBy: ['may|might|can|could|often|sometimes|to|will'], within: 1},

  /**
   * An adult, a relative or a professional named just before the adult
   * noun ("the officer, a young man", "her mother, a grown woman", "his
   * brother, a lad of 20"): the noun is about them.
   */
  'adult-role-before': {
    precededBy: [
      'officer|officers|PC|DC|DS|PCSO|sergeant|constable|worker|nurse|teacher|interpreter|carer|manager|receptionist|driver|suspect|offender|perpetrator|man|woman|adult|landlord|boss|mother|mum|father|dad|sister|brother|cousin|uncle|aunt|partner|girlfriend|boyfriend|solicitor|advocate|guardian|mentor|volunteer',
    ],
    within: 1,
  },

  /**
   * "Female" or "male" as an adjective before a role or a body part ("a
   * female officer", "the male suspect", "female genital mutilation"): the
   * word describes an adult or a thing, not the child.
   */
  'sex-adjective-for-adult': {
    followedBy: [
      'officer|officers|worker|workers|staff|member|interpreter|nurse|doctor|GP|relative|carer|adult|adults|suspect|suspects|perpetrator|offender|genital|voice|colleague|practitioner|social|police',
    ],
  },

  /**
   * Slang named as slang ("known as going country", "also known as
   * plugging", "often called a trap house"): the writer explains the word.
   */
  'slang-explained': {
    precededBy: ['known|referred|termed|described as', 'also known as', 'sometimes|often called'],
    within: 1,
  },

  /**
   * A negation in the two words before ("she was not just being friendly",
   * "never only a few times"): the minimising frame is rejected.
   */
  'negated-before': {precededBy: ['not|never|no'], within: 2},

  /**
   * The name of an offence against the child ("causing or inciting child
   * prostitution", "offences of child prostitution"): the statute's words.
   */
  'prostitution-offence': {
    precededBy: [
      'causing|inciting|arranging|facilitating|controlling|cause|incite|arrange|facilitate|control',
      'causing or inciting',
      'offence|offences of',
    ],
    within: 2,
  },

  /**
   * The term rejected or cited from an instrument ("there is no such thing
   * as a child prostitute", "the sale of children, child prostitution"):
   * the words are named to be answered.
   */
  'prostitution-rejected': {precededBy: ['no such thing as a|an', 'sale of children'], within: 2},

  /**
   * "Boyfriend or girlfriend", "boyfriend/partner": a generic partner in
   * guidance or a form, not an adult named as the child's partner.
   */
  'any-partner-after': {followedBy: ['or|and|/ girlfriend(s)|boyfriend(s)|partner(s)'], within: 1},

  /**
   * An adult as the subject up to two words before ("the suspect
   * allegedly", "the men apparently"): the hedge is about what an adult did
   * or said, not the child's account.
   */
  'adult-noun-subject': {
    precededBy: [
      'offender|offenders|perpetrator|perpetrators|suspect|suspects|man|men|adult|adults|males|exploiters|traffickers',
    ],
    within: 2,
  },

  /**
   * A professional, an agency or the family just after, with "from" or
   * "by" ("poor engagement from the school", "disengaged by the agency"):
   * the words are about how services or family engaged.
   */
  'engagement-of-services': {
    followedBy: [
      'from|by the|a|an|$poss? _? @not-the-child|school|provider|agency|agencies|services|partners|family|parents',
    ],
  },

  /**
   * A goal or help just before a capability ("to look after herself",
   * "helping him learn to look after himself", "support to decide"): a
   * plan for the child, not a claim that they are capable now.
   */
  'helped-to-be-capable': {
    precededBy: ['to|help|helping|support|supporting|learn|learning|learns'],
  },

  /**
   * A modal, a frequency word or "to" just before a denial ("children may
   * deny", "often say they are fine", "likely to deny"): how children in
   * general respond, not this child's account closing the concern.
   */
  'doubt-modal-before': {
    precededBy: ['may|might|can|could|often|commonly|frequently|sometimes|will|would|to|or'],
  },

  /**
   * The word inside a name for the exploitation ("forced into
   * prostitution", "child sexual exploitation and prostitution",
   * "exploitation of prostitution"): the adults' crime is named.
   */
  'prostitution-as-exploitation': {
    precededBy: [
      'forced into',
      'child sexual exploitation and',
      'sexual exploitation and',
      'exploitation of',
    ],
  },

  /**
   * "Having a boyfriend" in general, or the writer's doubt about the word
   * ("her so-called boyfriend", "a supposed partner"): the word is not
   * given to an adult as the child's partner.
   */
  'partner-word-hedged': {
    precededBy: ['so-called|supposed|self-styled', 'having a|an'],
  },

  /**
   * The force is stated just before ("forced to sleep with men for money",
   * "was made to have sex with them", "coerced into sleeping with"): the
   * words say what was done to the person, not what they chose.
   */
  'force-stated': {
    precededBy: [
      '{force}|{make}|{coerce}|{compel}|{pressure}|{pressurise}|{order}|{threaten} $obj? to|into',
      '{be} forced|made|coerced|compelled|pressured|pressurised to|into',
    ],
    within: 1,
  },

  /**
   * The family's or a relative's words, reported ("the family say this is a
   * cultural arrangement", "his parents insist he is only helping out"):
   * their account, recorded as evidence. Not a view the writer adopts or
   * weighs ("mum thinks it's just a phase" stays a finding).
   */
  'family-view-reported': {
    precededBy: [
      'family|families|parents|parent|mum|mother|dad|father|stepdad|stepmum|relatives|relative|uncle|aunt|auntie|nan|gran|grandparents|grandmother|grandfather|guardian|household {say}|{claim}|{insist}|{maintain}|{describe}|{explain}|{state}|{report}|{tell}',
      'family|families|parents|parent|mum|mother|dad|father|relatives|uncle|aunt|nan|gran|grandparents|guardian {say}|{claim}|{insist}|{maintain}|{state} that? this|it|he|she|they|the-child',
    ],
    within: 10,
  },

  /**
   * The words open a reason clause ("no concerns as she denies", "closed
   * because he says he is fine"): a decision made on the child's word,
   * which `no-concerns-as-denies` reports.
   */
  'reason-clause-before': {
    precededBy: ['as|because|since $subj'],
  },
} as const satisfies SharedConditions
