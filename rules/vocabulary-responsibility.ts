/**
 * Word classes and named conditions for the responsibility frames that the
 * choice vocabulary (`vocabulary-choice.ts`) does not already hold (see
 * `classes.ts` for the format). Merged into the bundled vocabulary by
 * `rules/index.ts`.
 *
 * - risk-taking: what the child is said to take (`@resp-risk-taken`);
 * - the child's conduct as the cause of harm (`@resp-conduct`);
 * - judgement words for the child's choices (`@resp-poor-adj`);
 * - the child's own safety as theirs to keep (`@resp-own-safety`).
 */
import type {SharedConditions, WordClasses} from '../src/types.js'

export const classes = {
  /** What a child is said to take: "risks", "unnecessary risks", "chances with her safety". */
  'resp-risk-taken': [
    'risks|chances',
    'unnecessary|needless|big|huge|serious|significant|real|dangerous|silly|stupid|many|more|further|extra|a-lot-of|lots-of|more-and-more|too-many|so-many risks|chances',
  ],

  /**
   * The child's conduct named as what puts them at risk: "her behaviour",
   * "his choices", "Kai's decisions", "her lifestyle".
   */
  'resp-conduct': [
    'behaviour|behaviours|behavior|behaviors|actions|choices|decisions|conduct|lifestyle|risk-taking|decision-making|associations|judgement|judgment',
  ],

  /** Judgement words for a child's choices: "poor", "unwise", "reckless", "impulsive". */
  'resp-poor-adj': [
    'poor|bad|risky|unwise|unsafe|questionable|negative|reckless|impulsive|irresponsible|unhealthy|dangerous|foolish|ill-advised|ill-judged|misguided|careless|silly|stupid|daft|dumb|idiotic|rash|thoughtless|senseless|terrible|awful|dreadful|appalling|rubbish|crap|dodgy',
  ],

  /** Verbs of keeping company, before "with": "associates", "mixing", "hangs around", "knocks about". */
  'resp-associate-verb': [
    '{associate}|{mix}|{socialise}|{socialize}|{fraternise}|{fraternize}|{mingle}',
    '{hang}|{knock} around|about|out|round',
    '{spend} $poss? time',
    '{spend} most|all|much of $poss time',
  ],

  /** People known for offending, as the company a child keeps: "known offenders", "adults known to police". */
  'resp-known-offenders': [
    // Not "nominals" or "gang members": `gang-association` (criminalising) reads those.
    'known|convicted|registered|prolific|violent|local|adult|older? offenders|criminals|sex-offenders|drug-dealers|dealers|criminal-associates',
    'adults|men|males|people|individuals|persons|those known to @det? police|services|us|agencies|the-police',
    'adults|men|males|people|individuals|persons|those involved in crime|criminality|drugs|drug-supply|dealing|county-lines|offending',
  ],

  /** How often the child goes missing, after "goes missing": "every weekend", "on a weekly basis", "at will". */
  'resp-often-after': [
    'every|most|each weekend|weekends|night|nights|week|day|friday|saturday|fortnight',
    'several|many|numerous|multiple|a-few|two|three|four|five|2|3|4|5 times|occasions a|per|each week|month|day|weekend|fortnight',
    'on a weekly|daily|nightly|regular|frequent|near-daily|near-weekly basis',
    'at will',
    'when|whenever|as-and-when $subj|she|he|they {want}|{like}|{choose}|{please}|{feel}',
    'as often as $subj|she|he|they {like}|{want}|{please}|{can}',
  ],

  /** What a child is said to have known was unlawful: "illegal", "dirty", "from crime" ("wrong" is left out: a child may rightly know abuse is wrong). */
  'resp-illicit': [
    'illegal|unlawful|criminal|dirty|stolen|dodgy|drugs|drug-money|cannabis|weed|cocaine|class-a',
    'against the law',
    'from|the-proceeds-of crime|drugs|dealing|fraud',
    'proceeds of crime',
    'not legal|legit|legitimate|above-board',
  ],

  /** What a child is said to have known about an exploiter's age: "he was older", "they were adults", "he was 25". */
  'resp-adult-known': [
    'older|much-older|an-adult|adults|grown-up|grown-ups|grown-men|a-grown-man|married|over-18|over-eighteen|in-his-twenties|in-his-thirties|in-their-twenties|in-their-thirties',
    'in his|their|her twenties|thirties|forties|fifties|20s|30s|40s|50s',
    'an|a older|adult man|male|guy|bloke',
  ],

  /** Places of concern a child is said to frequent: "addresses of concern", "known drug addresses". */
  'resp-concern-place': [
    'known? drug|trap|crack|cannabis|party|cuckooed address|addresses|house|houses|flat|flats|den|dens|property|properties',
    'addresses|places|areas|locations|venues|premises|properties of concern',
    'known|concerning|risky|unsafe hotspots|locations|addresses|areas|places|venues',
    'hotels|motels|parties|trap-houses|crack-houses|bandos',
  ],

  /**
   * Words of taking part, before "in" or "with": "involved", "mixed up", "embroiled",
   * "entrenched", "immersed" (not "caught up", which may be said of a bystander).
   */
  'resp-involved': [
    'involved|mixed-up|embroiled|entangled|enmeshed|immersed|entrenched|wrapped-up|heavily-involved|deeply-involved',
  ],

  /**
   * The child's own safety: "her own safety", "their own wellbeing", a note's "own safety"
   * ("own" is needed: "no regard for her safety" may be an adult's regard for the child).
   */
  'resp-own-safety': ['$poss? own safety|wellbeing|well-being|welfare|life|health'],

  /**
   * The harm as the price of the child's own conduct, which they must bear or own: "now faces the
   * consequences", "is stuck with the consequences", "needs to think about the consequences of her
   * actions", "has to take some ownership of the situation", "learnt the hard way", "needs a reality
   * check", "keeps bringing trouble to her own door", "can't keep him safe from himself".
   */
  'resp-consequence': [
    '{face}|{suffer}|{bear}|{accept}|{reap} the consequences|repercussions|fallout',
    '{pay} the price',
    '{live}|{deal}|{cope} with the consequences|repercussions|fallout',
    'stuck|left with the consequences|repercussions|fallout',
    '{think}|{learn}|{understand}|{consider}|{reflect}|{realise}|{realize} about|on? the consequences|repercussions of $poss @resp-conduct',
    '{learn} $poss lesson|lessons',
    'learn|learns|learnt|learned|learning the hard way',
    '{need}|{want} a|another reality-check|wake-up-call|short-sharp-shock',
    '{need} to wake up',
    '{bring}|{invite} trouble|danger|harm|it|this|that|problems to $poss own? door|doorstep',
    'safe from $self',
    '{protect}|{save}|{shield} $obj from $self',
    '{need}|{have} to learn not to|to-stop',
    'to|can|must|should turn $poss back on it|this|that|them|crime|offending|the-gang|the-group|the-line|the-lifestyle|the-life|the-olders|the-elders',
  ],

  /** Ownership of the harm put on the child: "take some ownership of the situation", "take responsibility for her actions". */
  'resp-ownership': [
    '{take} a|some|more|full|no|any? ownership|responsibility of|for $poss|the? @resp-conduct|situation|part|role|predicament',
    '{take} a|some|more|full|no|any? ownership|responsibility of|for what {happen}',
  ],
} as const satisfies WordClasses

export const conditions = {
  /**
   * An agency, a parent or an adult owns the noun just after ("the council's refusal to engage",
   * "the school's lack of cooperation", "the men's continued contact"): not the child's.
   */
  'resp-not-child-owner': {
    precededBy: [
      "council's|school's|college's|police's|force's|agency's|agencies'|service's|services'|authority's|provider's|team's|trust's|department's|court's|la's|csc's|family's|mum's|mother's|father's|dad's|parents'|parent's|carer's|carers'|landlord's|officer's|officers'|worker's|workers'|staff's|professionals'|man's|men's|adult's|adults'|male's|males'|suspect's|suspects'|perpetrator's|perpetrators'|offender's|offenders'|abuser's|exploiter's|exploiters'|group's|gang's|driver's",
    ],
    within: 1,
  },
} as const satisfies SharedConditions
