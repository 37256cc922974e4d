/**
 * Word classes and named conditions for the judgement families (see
 * `classes.ts` for the format). Merged into the bundled vocabulary by
 * `rules/index.ts`.
 *
 * Four families, each a frame rather than a list (issue 11, point 3):
 *
 * - adultification: a maturity or capability claim about the child
 *   (`@be @jv-degree? @adult-maturity-adj`, `old enough to @adult-capacity`,
 *   `@adult-present-verb @adult-older-degree? older`), adult nouns for a
 *   child (`a woman of @jv-child-age`);
 * - disbelief: the child's account named as fiction and given a doubt
 *   predicate (`@doubt-account @be @jv-degree? @doubt-adj`), the child as a
 *   liar (`@doubt-lie-verb @doubt-habit`);
 * - minimising: abuse given a harmless name (`@be @minimise-hedge?
 *   @minimise-name`) or a low grade (`@minimise-harm-noun @be @minimise-level`);
 * - judgemental: a trait label for the child (`@be @jv-degree? @judge-trait-adj`,
 *   `a|an @jv-degree? @judge-trait-adj @jv-child-noun`, `a @judge-burden-noun`).
 *
 * Class names start with the family (`adult-`, `doubt-`, `minimise-`,
 * `judge-`) or `jv-` for the ones they share, so they stay unique across
 * the vocabulary files.
 */
import type {SharedConditions, WordClasses} from '../src/types.js'

export const classes = {
  // ── Shared by the judgement families ────────────────────────────────────

  /** Ages a child can have, in figures and words ("a woman of 15", "older than fourteen"). */
  'jv-child-age': [
    '9|10|11|12|13|14|15|16|17|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen',
  ],

  /** A child as the noun a trait adjective qualifies ("a tough kid", "a switched-on 14-year-old"). */
  'jv-child-noun': [
    'child|children|girl(s)|boy(s)|kid(s)|lad(s)|teenager(s)|teen(s)|youngster(s)|adolescent(s)|yp|yps|cyp|pv|schoolgirl(s)|schoolboy(s)|pupil(s)|daughter(s)|son(s)',
    'young person|people|girl(s)|boy(s)|lad(s)|child',
    '@jv-child-age year(s) old',
  ],

  /**
   * Adverbs a writer puts before a trait without changing it: the shared
   * `@degree` and the grading ones ("extremely knowing", "a bit wild").
   */
  'jv-degree': [
    '@degree',
    'extremely|incredibly|remarkably|surprisingly|unusually|exceptionally|particularly|fairly|rather|somewhat|pretty|too|highly|increasingly|deeply|thoroughly|utterly|generally|typically|sometimes|often|frequently|well|easily|certainly|definitely|probably|obviously',
    'known|thought|felt|considered|said to be',
    'a bit|little',
    'a little bit',
    'quite a bit',
    'very much',
    'so very',
  ],

  /**
   * Words that show an adjective is inside running prose rather than a list
   * value ("a difficult time", "it was difficult", "found her difficult"):
   * before the adjective.
   */
  'jv-prose-before': [
    '@det',
    '@be',
    '@jv-degree',
    'it|they|them|him|her|she|he|we|you|i|who|which|that|there|what|this|these|those|its|our|your|my|one|anyone|someone|everyone',
    'more|most|less|least|how|as|so|too|has|have|had|having|become|becomes|became|becoming|get|gets|got|getting|seem|seems|seemed|appear|appears|appeared|find|finds|found|finding|make|makes|made|making|keep|keeps|kept|stay|stays|stayed|remain|remains|remained|feel|feels|felt|look|looks|looked|sound|sounds|sounded|prove|proved|proven|consider|considered|deem|deemed|potentially|possibly|equally|similarly|sufficiently|increasingly',
    'not|no|never|nor|in|of|on|at|for|with|by|from|to|into|than|and|or|but',
  ],

  /** The same, after the adjective: a noun it qualifies or a complement ("difficult to reach", "violent crime"). */
  'jv-prose-after': [
    'to|for|of|than|that|about|as|enough|the|what|how|when|where|who|why|this|these|those|it|her|him|them|his|their|everything',
    'time(s)|period(s)|situation(s)|conversation(s)|decision(s)|choice(s)|question(s)|case(s)|task(s)|day(s)|week(s)|month(s)|year(s)|relationship(s)|journey(s)|placement(s)|topic(s)|subject(s)|issue(s)|circumstance(s)|news|experience(s)|behaviour(s)|behavior(s)|family|families|home|parenting|care|support|attendance|approach|approaches|contact|message(s)|information|account(s)|response(s)|answer(s)|engagement|area(s)|environment(s)|place(s)|people|person|adult(s)|men|man|male(s)|driving|weather|terrain|job(s)|work|process|processes|thing(s)|one(s)|part(s)|crime(s)|offence(s)|offender(s)|offending|incident(s)|assault(s)|attack(s)|dog(s)|animal(s)|horse(s)|student(s)|content|material|language|road(s)|conditions|location(s)|address|addresses|individual(s)|group(s)|gang(s)|network(s)|weapon(s)|drugs|words|pattern(s)|picture|evidence|data|results|findings|records|reporting|practice(s)|services|level(s)|history|past|background|upbringing|start|night(s)|weekend(s)|life|lives|world|streets|street|estate|garlic|flower(s)|garden(s)|card(s)|guess|guesses|west|swimming|camping|fire(s)|party|parties|swing(s)|claim(s)|allegation(s)|cannabis|skunk|plant(s)|crop(s)|tree(s)|woodland|audience(s)|film(s)|theme(s)|game(s)|video(s)|image(s)|dog(s)|breed(s)',
  ],

  // ── Adultification ──────────────────────────────────────────────────────

  /**
   * Adjectives that credit a child with adult maturity or knowingness, other
   * than those with a rule of their own (streetwise, worldly, grown up,
   * independent).
   */
  'adult-maturity-adj': [
    'mature|knowing|precocious|canny|shrewd|astute|adultlike',
    'switched on',
    'clued up|in',
    'adult like',
  ],

  /** Verbs of behaving ("acts", "comes across as", "carries herself"). */
  'adult-act-verb': ['{act}|{behave}|{present}|{sound}|{talk}', '{come} across', '{carry}|{conduct} $self'],

  /** Verbs of seeming, without "presents as" ("seems", "comes across as"). */
  'adult-seem': ['{seem}|{appear}|{look} to? be?', '{come} across as?'],

  /** Verbs of behaving or looking, for pairs ("looked and behaved"). */
  'adult-present-verb': ['@adult-act-verb', '{look}|{seem}|{appear}'],

  /** How much older ("much", "a little bit", "years"). */
  'adult-older-degree': [
    'much|far|way|years|considerably|significantly|noticeably|substantially|slightly|somewhat|rather|quite|older|even|lot|bit|so',
    'a lot|bit|little|good-deal|great-deal|few-years',
    'a little bit',
    'several|many|some years',
  ],

  /**
   * What a child is said to be old enough, able or capable to do for
   * themselves: decide, choose, know their own mind, handle the adults.
   */
  'adult-capacity': [
    'decide|choose|consent',
    'decide|choose for $self',
    'know better',
    'know $poss own mind',
    'know what $subj {be} (doing|getting into)',
    'know what $subj {want}',
    'make|take $poss? own? choice(s)|decision(s)',
    'make up $poss own mind',
    'make $poss own mind up',
    'make $poss own way',
    'think for $self',
    'stand up for $self',
    'understand|know|see|weigh the risks|consequences|dangers',
    'take responsibility for $self|$poss actions',
    'be responsible for $self|$poss actions',
    'look after|protect $self',
    'handle|manage $obj|$self|the-men|the-olders|the-elders|the-adults|older-men|older-boys',
  ],

  /** The same, as a gerund after "capable of" ("capable of making his own choices"). */
  'adult-capacity-ing': [
    'deciding|choosing for $self',
    'making|taking $poss? own? choice(s)|decision(s)',
    'making up $poss own mind',
    'knowing $poss own mind',
    'thinking for $self',
    'understanding|weighing the risks|consequences|dangers',
  ],

  /** Adjectives of threat for a child's presence ("intimidating", "menacing"). */
  'adult-threat-adj': ['intimidating|imposing|menacing|threatening|frightening|scary|intimidatory'],

  /** Size and build, which writers pair with threat ("six foot and intimidating"). */
  'adult-size': [
    'tall|big|large|broad|stocky|heavyset|muscular|well-built|well-developed|physically-developed|six-foot|6ft|6-ft|six-feet|over-six-foot|physically-mature',
  ],

  /** Who a child is said to be a danger to ("dangerous to staff"). */
  'adult-others': [
    'staff|others|residents|pupils|carers|teachers|workers|professionals|officers|police|peers|siblings|everyone|anyone|people|adults|children',
    'other|younger residents|pupils|children|young-people|kids|boys|girls',
  ],

  /** Maturity and threat adjectives that adultify when they stand alone in a list or a field ("Presentation: mature"). */
  'adult-list-adj': [
    'mature|grown-up|grownup|knowing|savvy|tough|intimidating|imposing|menacing|threatening|dangerous|precocious|adultlike|adult-like|shrewd|canny',
  ],

  /** What a child is said to be hard to do to ("easily led", "manipulated"). */
  'adult-led': [
    'led|influenced|swayed|manipulated|pressured|pressurised|persuaded|fooled|groomed|exploited|intimidated|scared|frightened|bullied|coerced|taken-in|pushed-around|talked-into|taken-advantage-of',
  ],

  /** Hedges that make a child all but an adult ("is very much a man", "is practically an adult"). */
  'adult-all-but': [
    'very-much|practically|basically|effectively|essentially|virtually|almost|nearly|already|really|totally|fully|every-bit|now|quite-clearly|clearly|to-all-intents-and-purposes|in-effect|more-or-less|for-all-intents-and-purposes',
  ],

  // ── Disbelief ───────────────────────────────────────────────────────────

  /** Nouns for what the child said. */
  'doubt-account': [
    'account(s)|story|stories|version(s)|explanation(s)|disclosure(s)|statement(s)|testimony|recollection(s)|tale(s)',
    'version of events',
    'account of events',
  ],

  /** Predicates that cast an account (or the child) as untrue or unreliable. */
  'doubt-adj': [
    'doubtful|dubious|questionable|unbelievable|unreliable|untrue|false|invented|fanciful|fishy|suspicious|misleading|untruthful|dishonest|deceitful|deceptive|contrived|manufactured|fictional|fictitious|spurious|unfounded|baseless',
    'made up',
    'a lie|fabrication|fantasy|fiction|story|fairy-tale|fairytale|cover-story',
    'lies',
    'not credible|believable|reliable|truthful|genuine|true|accurate|honest|trustworthy',
    'open to question|doubt',
    'in doubt',
    'not to be trusted|believed',
  ],

  /** Predicates that call the child (not the account) untruthful ("she is unreliable", "he is a liar"). */
  'doubt-person-adj': [
    'unreliable|untruthful|dishonest|deceitful|deceptive|untrustworthy|devious|manipulative',
    'not credible|believable|reliable|truthful|honest|trustworthy|to-be-trusted|to-be-believed',
    'a|an @jv-degree? unreliable|untruthful|dishonest|deceitful|poor|compulsive|pathological|habitual|known witness|historian|narrator|reporter|liar|fantasist',
    'a liar|fantasist|fibber',
  ],

  /** What a child says was done to them, the complement a doubt is put on ("doubtful that she was held"). */
  'doubt-victim-verb': [
    'forced|held|raped|coerced|threatened|kept|taken|trafficked|exploited|abused|groomed|assaulted|attacked|made|pressured|scared|frightened|controlled|drugged|locked|hurt|harmed|kidnapped|abducted|imprisoned|detained',
    'a victim',
  ],

  /** Who may own an account as a child ("the YP's story", "the girl's tale"). */
  'jv-child-owner': [
    '$poss',
    "child's|girl's|boy's|yp's|pv's|victim's|teenager's|teen's|kid's|lad's|client's|daughter's|son's|children's|girls'|boys'",
    "young person's",
  ],

  /** What is called made up ("it is made up", "a lot of it is invented"). */
  'doubt-made-subject': [
    'it|this|that|everything|all|some|much|most|lot|half|parts|part|most',
    'what $subj {say}|{claim}|{allege}|{describe}|{report}',
    'all|some|much|most|parts|part|half|lot of it|this|that',
    '@doubt-account',
  ],

  /** Doubt adjectives that disbelieve the child when they stand alone in a list or a field ("Account: inconsistent"). */
  'doubt-list-adj': [
    'inconsistent|unreliable|dishonest|untruthful|deceitful|deceptive|untrustworthy|doubtful|dubious|questionable|vague|misleading|fanciful|contradictory|unbelievable',
  ],

  /** Verbs and nouns that call the child a liar, as a habit ("lies a lot", "has lied previously"). */
  'doubt-lie-verb': ['lies|lied|lying|fibs|fibbed|fibbing'],

  /** How often: the habit that makes a lie a trait. */
  'doubt-habit': [
    'a-lot|often|frequently|regularly|repeatedly|constantly|routinely|habitually|compulsively|continually|persistently|easily|readily|again|previously|before',
    'all the time',
    'in the past',
    'about everything|anything',
    'to get|gain|avoid',
    'for attention',
  ],

  /** A person given a disbelief label ("a fantasist"). */
  'doubt-person': [
    'fantasist(s)|fantasiser(s)|fantasizer(s)|fibber(s)|fabricator(s)|compulsive-liar(s)|pathological-liar(s)',
    'a compulsive|pathological|habitual|serial|known|practised|convincing|good liar',
  ],

  /** Events of abuse a hedge can be put before ("supposed abduction", "purported assault"). */
  'doubt-abuse-event': [
    'abuse|assault(s)|rape(s)|attack(s)|abduction|kidnap|kidnapping|threat(s)|exploitation|trafficking|grooming|incident(s)|robbery|robberies|mugging|beating(s)|stabbing|injuries|injury|disclosure|ordeal|victimisation|captivity|debt|imprisonment|detention|boyfriend|abuser(s)|exploiter(s)',
  ],

  // ── Minimising ──────────────────────────────────────────────────────────

  /** A hedge that makes a name for abuse smaller ("just", "basically just", "nothing more than"). */
  'minimise-hedge': [
    'just|only|merely|simply|basically|essentially|probably|likely|clearly|mostly|largely|all',
    'basically|really|probably|simply|likely|clearly|essentially|all just|only',
    'nothing more|other than',
    'no more than',
    'little more than',
    'nothing but',
  ],

  /**
   * Harmless names for abuse or exploitation that are blaming wherever they
   * stand ("horseplay", "kids being kids", "normal teen stuff").
   */
  'minimise-name-bare': [
    'horseplay|tomfoolery|high-jinks|hijinks',
    'harmless|innocent|good-clean|youthful (bit of)? fun|banter|flirting|flirtation|experimentation|curiosity|messing-about|messing-around',
    'kids|boys|girls|teens|teenagers|children|lads being kids|boys|girls|teens|teenagers|children|lads',
    'boys will be boys',
    'all in good? fun|jest',
    'a silly|stupid|daft|childish|naive mistake',
    'harmless messages|texts|chat|chatting|photos|pictures|images|contact|touching|kissing|cuddling',
    'normal|typical|usual|ordinary|natural|standard|classic teen|teenage|teenager|adolescent|adolescence|youthful|childhood|kids|kid|boy|girl|boys|girls stuff|behaviour|behavior|behaviours|things|thing|experimentation|exploration|rebellion|antics|mischief|high-jinks',
    'puppy love',
    'play fighting',
    'rough and tumble',
    'teen|teenage romance|crush|fling|infatuation',
  ],

  /** Harmless names that need a copula before them ("was a silly mistake", "is a phase"). */
  'minimise-name': [
    '@minimise-name-bare',
    'banter|harmless|innocuous',
    'a bit of fun|banter|harmless-fun|horseplay|messing-about|messing-around',
    'a bit of a laugh|joke|giggle|game',
    'a|an silly|stupid|daft|foolish|innocent|honest|childish|teenage|youthful|naive|simple mistake|error|misjudgement|lapse|blunder',
    'a|an error of judgement|judgment',
    'a normal|typical|usual teen|teenage|teenager|adolescent|childhood? phase|thing',
    'a|the phase',
    'a|an teen|teenage|young|innocent|childhood romance|crush|infatuation|fling',
  ],

  /** Names that minimise only with a hedge before them ("just a laugh", "only flirting"). */
  'minimise-name-weak': [
    'fun|harmless|innocent|playful|flirting|flirtation|flirty|experimentation|experimenting|curiosity|banter',
    'a laugh|joke|game|prank|crush|fling|misunderstanding|falling-out|fallout|tiff|row|one-off',
    'a one off',
    'a bit of fun|banter|a-laugh|flirting',
  ],

  /** What a harm grade is given to ("the risk", "concerns", "harm"). */
  'minimise-harm-noun': [
    'risk(s)|harm|danger|threat|impact|seriousness|severity|vulnerability',
    'level of risk|harm',
    'risk|harm level',
    'risk to $obj|_',
    'risk of harm|exploitation|abuse|cse|cce',
    'cse|cce|exploitation|abuse risk',
  ],

  /** Low grades that minimise harm already happening ("minimal", "low-level"). */
  'minimise-level': [
    'minimal|negligible|limited|slight|minor|low|lower|trivial|insignificant|manageable|containable|tolerable',
    'low level|grade|harm|risk',
    'very|fairly|relatively|quite|pretty|extremely|comparatively low|minimal|minor|limited|slight',
    'not significant|serious|high|great|a-concern|an-issue',
    'no longer significant|serious|high',
    'nothing to worry about',
  ],

  // ── Judgemental ─────────────────────────────────────────────────────────

  /**
   * Trait adjectives that are blaming when predicated of the child but
   * ordinary about a task or a place ("difficult", "wild"): used only in
   * frames with a person (a copula with a child subject, before a child noun).
   */
  'judge-trait-adj': [
    'difficult|challenging|impossible|unmanageable|wild|feral|hostile|volatile|confrontational|argumentative|oppositional|disrespectful|insolent|cheeky|stroppy|sullen|surly|moody|hormonal|dramatic|demanding|needy|clingy|sly|sneaky|devious|spoilt|spoiled|entitled|arrogant|cocky|stupid|silly|foolish|dumb|thick|nasty|horrible|vile|wilful|willful|wayward|troublesome|disruptive|problematic|hard-faced|hard-nosed',
    'out of order',
    'a law unto $self',
    'nothing but trouble',
    'trouble',
  ],

  /** Trait adjectives that label the child when they stand alone in a list or a field ("Behaviour: difficult"). */
  'judge-list-adj': [
    'difficult|challenging|wild|hostile|aggressive|violent|volatile|argumentative|confrontational|stroppy|moody|sullen|surly|stupid|silly|foolish|dumb|wilful|willful|wayward|sly|sneaky|devious|cunning|spoilt|spoiled|entitled|arrogant|cocky|needy|clingy|demanding|dramatic|hormonal|oppositional|disruptive|troublesome|nasty|horrible|vile|cheeky',
  ],

  /** Nouns that make the child a burden or a menace ("a nightmare", "a nasty piece of work"). */
  'judge-burden-noun': [
    'nightmare|menace|nuisance|pest|bully|liability|headache|brat|madam|terror|horror|monster|animal|hooligan|thug|yob|lout|tearaway|troublemaker|trouble-maker|ringleader|problem|pain|drain|burden|time-waster|timewaster|drama-queen|wind-up-merchant',
    'piece of work',
    'bad lot|egg|apple|influence|news',
    'wild child',
    'problem child|kid|girl|boy',
    'pain in the neck|backside|arse',
    'waste of time|space|resources|police-time',
  ],

  /** Words that intensify a burden noun ("an absolute nightmare", "a nasty piece of work"). */
  'judge-burden-mod': [
    'absolute|total|complete|real|right|little|proper|utter|nasty|horrible|evil|bad|constant|major|serious|massive|huge',
  ],

  /** Insults for a child that need no frame ("yobs", "a little madam"). */
  'judge-insult': [
    'yob(s)|yobbo(s)|brat(s)|tearaway(s)|hooligan(s)|timewaster(s)|time-waster(s)',
    'little madam|cow|bitch|sod|shit|horror|terror|monster|so-and-so|toerag',
    'nasty piece of work',
    'nothing but trouble',
    'feral|unmanageable',
  ],

  /** Who the child is a burden to ("for staff", "to the home"). */
  'judge-burden-to': [
    'for|to the|her|his|their|all? other|night|day|care|residential|support? staff|carers|everyone|teachers|home|unit|school|police|officers|professionals|services|us|workers|family|mum|placement|residents|team|children|kids|pupils|young-people|girls|boys',
  ],

  /** What a child is said to be impossible to do with ("impossible to place", "hard to work with"). */
  'judge-impossible-to': [
    'place|house|accommodate|parent|manage|handle|control|contain|help|like|please|reason-with|work-with|deal-with|look-after|care-for|keep|hold|discipline|live-with|get-through-to|get-on-with|be-around',
    'find a placement for',
    'find placements for',
    'keep in placement',
    'keep in school',
  ],
} as const satisfies WordClasses

export const conditions = {
  /**
   * Reports how others wrote or treated victims, as inspections and reviews
   * do ("their abuse was minimised as ‘underage sex’", "dismissed as a
   * liar"): the words are the record being criticised, not the writer's.
   */
  'jv-reported-framing': {
    precededBy: [
      'minimised|minimized|dismissed|written-off|trivialised|trivialized|downplayed|labelled|labeled|branded|stereotyped|mischaracterised|portrayed|pathologised as',
      'wrongly|unfairly|routinely|repeatedly|often described|seen|viewed|treated|recorded|referred-to|regarded|labelled|labeled as',
    ],
    within: 3,
  },

  /**
   * A subject that is a thing, a place or a task rather than a person,
   * right before a trait frame ("the placement was difficult", "it was a
   * nightmare getting there").
   */
  'jv-thing-subject': [
    {precededBy: ['it|this|there|everything|anything|nothing'], within: 1},
    {precededBy: ['things|life|times|months|weeks|days|years|period|everything'], within: 3},
    {
      precededBy: [
        '@det|$owner @jv-degree? life|time|times|situation|situations|placement|placements|journey|task|tasks|job|case|cases|process|meeting|meetings|interview|interviews|conversation|conversations|contact|visit|visits|period|week|weekend|day|night|year|area|estate|flat|house|address|place|road|route|move|transition|relationship|decision|choice|question|work|school|home|environment|atmosphere|weather|behaviour|behaviours|conditions|circumstances|system|systems|street|streets|market|lines|activity|activities|lifestyle|world|crime|drugs|months|weeks|days|years|trip|trips|location|locations|property|properties|room|hotel|car|plan|plans|assessment|information|intelligence|evidence|picture|details|records|referral|report|case',
      ],
      within: 2,
    },
  ],

  /**
   * An adult's or a professional's possessive before an account ("the
   * man's story", "the force's version"): the words are about them.
   */
  'jv-other-owner': {
    precededBy: [
      "man's|men's|adult's|adults'|suspect's|suspects'|offender's|perpetrator's|abuser's|exploiter's|driver's|father's|stepfather's|uncle's|landlord's|boss's|defendant's|accused's|officer's|officers'|police's|force's|school's|council's|agency's|carer's|carers'|mother's|mum's|dad's|parent's|parents'|neighbour's|witness's|staff's|worker's|manager's|owner's",
    ],
    within: 4,
  },

  /**
   * A trait adjective standing alone as a list item or field value
   * ("Presentation: mature, streetwise", "- difficult"), not inside prose.
   */
  'jv-list-value': [
    {precededBy: ['@jv-prose-before'], within: 1},
    {followedBy: ['@jv-prose-after'], within: 1},
    {
      precededBy: [
        'adult|adults|perpetrator|perpetrators|perp|suspect|suspects|offender|offenders|exploiter|exploiters|abuser|abusers|nominal|nominals|male|males|man|men|father|dad|stepfather|stepdad|mother|mum|uncle|boyfriend|girlfriend|partner|landlord|driver',
      ],
      within: 6,
    },
  ],

  /**
   * Words an exploiter told the child ("the men told her she was old enough
   * to decide"): evidence of grooming, not the writer's judgement.
   */
  'jv-told-child': {
    precededBy: [
      '{tell}|{convince}|{persuade}|{assure}|{reassure} $obj|_ that?',
      '{make} $obj {believe}|{feel} that?',
    ],
    within: 3,
  },

  /**
   * Inspections, reviews and audits reporting how victims were described:
   * the words are the finding being reported, not the writer's.
   */
  'jv-review-report': {
    precededBy: ['review|reviews|inspection|inspectors|inspectorate|audit|inquiry|hmicfrs|ofsted|thematic'],
    within: 10,
  },

  /**
   * Guidance that names the minimising reading in order to reject it:
   * "signs can be mistaken for normal teenage behaviour".
   */
  'jv-mistaken-for': {
    precededBy: [
      'mistaken|mistook|mistake|confused|muddled for|with',
      'put down to',
      'passed off as',
      'explained away as',
      'written off as',
      'dismissed as',
      'rather than|instead-of',
      'dismissed|dismiss|dismisses|dismissing|mistaken|misread|misinterpreted|misunderstood|minimised|minimized|trivialised|trivialized|downplayed',
      'written|passed|explained off|away',
    ],
    within: 3,
  },

  /**
   * An adult, a parent or a professional right before the copula of a
   * trait frame ("the man is dangerous", "her mum, 41, is tough").
   */
  'jv-other-subject': [
    {
      precededBy: [
        '@not-the-child',
        '18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99',
      ],
      within: 1,
    },
    {
      precededBy: [
        'mother|father|mum|dad|brother|sister|uncle|aunt|auntie|cousin|partner|stepfather|stepdad|stepmother|grandmother|grandfather|nan|gran|grandad|man|woman|adult|driver|landlord|neighbour|neighbours|carer|carers',
      ],
      within: 2,
    },
  ],
} as const satisfies SharedConditions
