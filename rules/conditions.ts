/**
 * Named conditions that rules cite by name in `unless` ("professional-subject"),
 * so a shared exception is written once. Each is one condition or a list, in the
 * format of `ConditionSpec`; phrases may use `@classes` from `classes.ts`.
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
        'share|sharing|be|being|speak|speaking|talk|talking|meet|meeting|give|giving|attend|attending|have|having|see|seeing',
        'go ahead',
        'it being shared|referred',
      ],
      within: 2,
    },
  ],

  /**
   * "for the purpose of selling drugs", "with a view to exploiting her": the
   * activity is named as the adults' purpose, as statute and assessments do.
   */
  purpose: {
    precededBy: ['for the|a purpose(s) of', 'with a|the view to', 'in order to make $obj'],
    within: 2,
  },
} as const satisfies SharedConditions
