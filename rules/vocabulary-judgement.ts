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

  /** A child's age written as one token or with a short unit ("15yo", "14yrs", "13 yo"). */
  'jv-child-yo': [
    '9yo|10yo|11yo|12yo|13yo|14yo|15yo|16yo|17yo|9yr|10yr|11yr|12yr|13yr|14yr|15yr|16yr|17yr|9yrs|10yrs|11yrs|12yrs|13yrs|14yrs|15yrs|16yrs|17yrs',
    '@jv-child-age yo|yr|yrs',
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
    'extremely|incredibly|remarkably|surprisingly|unusually|exceptionally|particularly|fairly|rather|somewhat|pretty|too|highly|increasingly|deeply|thoroughly|utterly|generally|typically|sometimes|often|frequently|well|easily|certainly|definitely|probably|obviously|largely|mostly|partly|wholly|mainly|essentially|basically|likely',
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

  /** Gerunds of what a child did or was made to do: the complement of "admitted to", "only used to" ("admitted to staying there"). */
  'jv-ing-act': [
    'carrying|selling|dealing|holding|supplying|running|stealing|storing|moving|hiding|having|being|going|taking|working|possessing|keeping|staying|sleeping|meeting|seeing|visiting|sending|sharing|posting|drinking|smoking|using|taking|travelling|traveling|getting|doing|texting|messaging|talking|speaking|owing|buying|collecting|delivering|dropping|lying|knowing|stashing|shoplifting|robbing|fighting|leaving|returning|spending|receiving|accepting|giving|bringing|looking|letting|driving|riding|entering|breaking|answering|calling|contacting|kissing|touching|filming|recording|lending|owning|wearing',
  ],

  /** Adult ages in figures and words ("looks 20", "looks mid-twenties", "going on 30"). */
  'jv-adult-age': [
    '18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|45|50|eighteen|nineteen|twenty|thirty|forty|fifty',
    'twenty one|two|three|four|five|six|seven|eight|nine',
    'twenty-one|twenty-two|twenty-three|twenty-four|twenty-five|thirty-five',
    '18|19|20|21|25|30 plus',
    '18+|20+|21+|25+|30+',
  ],

  /** An adult age as a writer puts it after "looks" ("at least 20", "in her twenties", "mid-twenties", "a 25-year-old"). */
  'jv-adult-age-expr': [
    '@jv-adult-age',
    'about|around|roughly|nearly|almost|easily|over|at-least|well-over|closer-to|nearer|more-like|a-good|every-bit-of|older-than|maybe|possibly|probably|approx|approximately|like @jv-adult-age',
    'mid|early|late twenties|thirties|forties|20s|30s|40s',
    'in $poss mid|early|late? twenties|thirties|forties|20s|30s|40s',
    'a|an @jv-adult-age year old',
    'an-adult|a-grown-woman|a-grown-man|a-woman|a-man|a-grown-up|grown-up|an-adult-man|an-adult-woman',
  ],

  // ── Adultification ──────────────────────────────────────────────────────

  /**
   * Adjectives that credit a child with adult maturity or knowingness, other
   * than those with a rule of their own (streetwise, worldly, grown up,
   * independent).
   */
  'adult-maturity-adj': [
    'mature|knowing|precocious|canny|shrewd|astute|adultlike|calculating',
    'switched on',
    'clued up|in',
    'adult like',
  ],

  /**
   * Capabilities that, measured against the child's age, credit them with an
   * adult's competence ("confident for her age", "articulate beyond his years").
   */
  'adult-capable-adj': [
    'confident|assertive|articulate|capable|self-assured|self-possessed|composed|poised|independent|knowledgeable|experienced|advanced|developed|resourceful|responsible|sensible|self-sufficient|self-reliant|astute|shrewd|canny|switched-on|clued-up|able',
  ],

  /**
   * What a child is said to be too much of to be a child ("too worldly to be a
   * child", "too streetwise to be a victim") or more of than the adults.
   */
  'adult-too-adj': [
    '@adult-maturity-adj',
    '@adult-capable-adj',
    'worldly|worldly-wise|streetwise|street-smart|street-wise|savvy|grown-up|experienced|sophisticated|knowledgeable|wise|clued-up|switched-on|clued-in',
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
    '@adult-risk-capacity',
  ],

  /**
   * Judging danger for oneself, the capacity an exploited child is credited
   * with ("able to assess risks for herself", "can manage the risks herself",
   * "manages fine on his own").
   */
  'adult-risk-capacity': [
    'assess|judge|gauge|weigh|manage|read|spot|recognise|recognize|identify|handle|evaluate the|any|$poss? risk(s)|danger(s) for? $self',
    'assess|judge|gauge|weigh|evaluate the|any|$poss? risk(s)|danger(s)',
    'weigh|size up the|any|$poss? risk(s)|danger(s) for? $self?',
    'keep $self safe',
    'manage|cope|survive|get-by on $poss own|alone|independently',
  ],

  /** The same, as a gerund after "capable of" ("capable of making his own choices"). */
  'adult-capacity-ing': [
    'deciding|choosing for $self',
    'making|taking $poss? own? choice(s)|decision(s)',
    'making|taking informed|adult|rational|sensible|grown-up choice(s)|decision(s)',
    'making up $poss own mind',
    'knowing $poss own mind',
    'thinking for $self',
    'understanding|weighing the risks|consequences|dangers',
    'saying-no|walking-away|refusing',
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

  /** What a child is said to know as an adult would ("knows the score", "knows the ropes"). */
  'adult-know-obj': [
    'the score|ropes|drill|crack|game|streets|deal|lie-of-the-land|ways-of-the-world|way-of-the-world|ins-and-outs',
    "what's what",
    'what is what',
    'how it|things|the-game|the-streets|the-world|life|the-system {work}',
    'how to play the game',
    'the way things work',
  ],

  /** How well ("exactly", "full well", "only too well"). */
  'adult-know-degree': [
    'exactly|full-well|perfectly|well|fully|very-well|only-too-well|all-too-well|precisely|certainly|definitely|clearly|obviously|already|all-about',
  ],

  /** Idioms of worldliness: the child as experienced, not naive ("been around the block", "wise to it"). */
  'adult-worldly-idiom': [
    '{know} @adult-know-degree? @adult-know-obj',
    '{have} been around the block',
    // Said with any auxiliary, or none: "she's been around the block", "been around the block, this one".
    'been around|round the block',
    // Too clever for a child: "too clever by half", "too streetwise for his own good".
    'too clever|smart|sharp by half',
    'too clever|smart|sharp|streetwise|knowing|worldly for $poss own good',
    'been around|round the block a-few-times|once-or-twice|more-than-once|a-bit|many-times|a-time-or-two',
    '{have} seen it|everything all before?',
    '{have} seen and done it all',
    '{have} seen more than most',
    'not born yesterday',
    'wise to it|this|that|them|the-game|the-ways-of-the-world|their-tricks|their-games|what-goes-on|what-is-going-on|the-risks|the-dangers|the-men|the-olders',
    '{be} wise to the game|risks|dangers|men|olders|score',
    '{have} $poss head screwed on right|properly|straight?',
    '{have} a @jv-degree? good|wise|sensible|level|old|shrewd head on $poss shoulders',
    // Knowing the ground: "knows her way around", "knows how it works".
    '{know} $poss way around|round|about',
    '{know} how it|things|everything|the-system|the-game {work}',
    '{have} an adult|old|older|grown-up|mature head on $obj|her|him|them',
  ],

  /** The street trade a child is said to be practised in ("the drug trade", "the game", "county lines"). */
  'adult-trade': [
    'drug|drugs trade|game|world|business|scene|lifestyle|market',
    'game|trade|business|streets|street|street-life|road|roads|scene|life|system|lifestyle|ways-of-the-world|world|sex-trade|sex-industry',
    'county lines',
  ],

  /**
   * Nouns for a naive, easily led person that writers deny of a child ("no
   * shrinking violet", "no pushover", "no innocent little girl").
   */
  'adult-naive-noun': [
    'fool|mug|pushover|soft-touch|walkover|wallflower|doormat|babe-in-arms|babe-in-the-woods|lamb|snowflake',
    'shrinking violet',
    'wet lettuce',
    'little|innocent|naive|poor|helpless|defenceless|meek|timid|shy girl|boy|child|kid|thing|lamb|victim',
    'innocent little girl|boy|child|lamb',
    'damsel in distress',
  ],

  /** How a writer denies the noun ("no", "not a", "far from a", "anything but a"). */
  'adult-deny-det': [
    'no|hardly-a|hardly-an|not-a|not-an|far-from-a|far-from-an|anything-but-a|anything-but-an|by-no-means-a|by-no-means-an|certainly-no|definitely-no|clearly-no|no-longer-a|no-longer-an|never-a|never-been-a|not-exactly-a|not-exactly-an|not-some',
  ],

  /** Adjectives for naivety that writers deny of a child ("not naive", "far from innocent"). */
  'adult-naive-adj': [
    'naive|naïve|gullible|green|innocent|easily-fooled|easily-led|wet-behind-the-ears|impressionable',
  ],

  /** Toughness idioms: the child as able to look after themselves among adults ("gives as good as she gets"). */
  'adult-tough-idiom': [
    'give|gives|gave|giving as good as $subj {get}',
    '{stand}|{hold} $poss ground',
    'sticks|stuck|sticking up for $self',
    'can|could|will|would stick up for $self',
    '{take} no nonsense|prisoners|crap|shit|rubbish|messing|bullshit',
    '{do} not take any nonsense|crap|shit|rubbish|messing',
    '{be}? not|never scared|afraid|frightened|intimidated of|by anyone|anybody|anything|nobody|no-one|adults|the-men|the-olders',
    '{be} scared|afraid|frightened of nothing|nobody|no-one',
    '{fear} nothing|nobody|no-one',
    '{be} handy with $poss fists',
    '{know} how to fight|scrap',
    'can|could handle it|anything|whatever|the-men|the-olders',
    // A match for the adults: "more than a match for the blokes at the park".
    'more-than|easily a match for the|any|older? men|blokes|adults|olders|elders|lads|guys|grown-ups|them',
  ],

  /** Tough nouns and compounds ("a hard lad", "a hard nut"). */
  'adult-hard-noun': [
    'hard|tough|handy lad|lads|nut|nuts|case|cases|kid|kids|man|girl|one|cookie',
    'hard man|nut|case',
    // Hardness as a career: "a hardened criminal", "a seasoned offender".
    'hardened|seasoned|career|battle-hardened criminal|criminals|offender|offenders|gangster|gangsters|dealer|dealers|operator',
  ],

  /** Adjectives of hardness a writer puts on a child ("fearless", "hardened"). */
  'adult-hard-adj': [
    'fearless|unflappable|hardened|street-hardened|battle-hardened|case-hardened|thick-skinned|unshockable|unafraid',
  ],

  /** Stereotypes a child is measured against ("not a typical victim", "the usual sense"). */
  'adult-typical': [
    'typical|real|genuine|proper|usual|classic|obvious|ideal|conventional|traditional|stereotypical|textbook|average|normal|ordinary|true|perfect|archetypal|model',
  ],

  /** Verbs of presenting or behaving as a victim ("does not present as", "doesn't come across as"). */
  'adult-present-as': [
    '{present}|{act}|{behave}|{look}|{seem}|{appear}|{sound} as|like',
    '{come} across as|like',
    '{carry}|{conduct} $self as|like',
    '{look}|{seem}|{appear}|{sound}|{feel}',
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
    // Inflated or self-serving rather than false: "the account is embellished", "his disclosures are attention-seeking"
    // (implausible, far-fetched and unconvincing have a rule of their own).
    'exaggerated|embellished|embroidered|overstated|overblown|overplayed|overdramatised|overdramatized|unsubstantiated|concocted|attention-seeking|self-serving',
    'an exaggeration|embellishment|invention|overstatement',
    'not consistent|to-be-relied-on|to-be-relied-upon',
  ],

  /** What the child said, as a clause ("what she says", "what he told staff", "much of what she claims"). */
  'doubt-said': [
    'what|everything|anything|much-of-what|some-of-what|most-of-what|half-of-what|all-of-what|none-of-what $subj {say}|{tell}|{claim}|{report}|{describe}|{disclose}|{allege}',
    'what|everything|anything|much-of-what|some-of-what|most-of-what|half-of-what|all-of-what|none-of-what $subj {say}|{tell}|{report}|{disclose} to? us|staff|me|them|police|officers|professionals|workers|carers|school',
  ],

  /** Predicates that call the child (not the account) untruthful ("she is unreliable", "he is a liar"). */
  'doubt-person-adj': [
    'unreliable|untruthful|dishonest|deceitful|deceptive|untrustworthy|devious|manipulative|deluded|shifty|cagey|cagy|slippery',
    'not being? @doubt-honest-adj',
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
    'inconsistent|unreliable|dishonest|untruthful|deceitful|deceptive|untrustworthy|doubtful|dubious|questionable|vague|misleading|fanciful|contradictory|unbelievable|cagey|cagy|shifty|slippery|deluded|lying|fibbing|fabricating|untruthful|exaggerating|dishonesty|not-credible|not-believable|implausible|far-fetched|unconvincing',
  ],

  /** Verbs and nouns that call the child a liar, as a habit ("lies a lot", "has lied previously"). */
  'doubt-lie-verb': ['lies|lied|lying|fibs|fibbed|fibbing'],

  /** Adverbs that cast a memory or a symptom as too timely to be true ("conveniently can't remember"). */
  'doubt-convenient': ['conveniently|suspiciously|miraculously|magically|conveniently-enough'],

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

  /** Playing a part: the child as performing victimhood ("playing the victim", "milking it"). */
  'doubt-victim-play': [
    '{play}|{act}|{cry} the? victim',
    '{play}|{pull} the victim|sympathy|abuse|care|pity card',
    '{milk} it|this|that|the-situation|the-attention|the-sympathy|everyone|people',
    '{milk} the|$poss|being-a victim status|role|label|card|thing',
    '{milk} $poss|the victimhood|status|situation',
    '{make} $self out to be the|a victim',
    '{cast}|{paint}|{portray}|{present} $self as the|a victim',
    'hide|hides|hid|hidden|hiding behind the|$poss victim status|label|card',
    '{enjoy}|{like}|{love} (playing|being) the victim',
    'victim mentality',
    '{put} it|this on',
    '{put} on an|a act|show|performance',
    '{turn} on the tears|waterworks',
    'crocodile tears',
  ],

  /** Deniers put before "victim" ("hardly a victim", "no victim"). */
  'doubt-victim-deny': [
    'hardly|scarcely|barely|not-really|not-exactly|not-much-of|no-kind-of|not-any-kind-of|not-some',
    'hardly|scarcely|barely|not-really|not-exactly a|an|the',
    'no',
  ],

  /** Verbs of naming someone a victim ("can't call him a victim"). */
  'doubt-call-verb': [
    'call|describe|class|classify|see|treat|regard|consider|view|label|count|refer-to|record',
  ],

  /** Nouns a writer sets against "victim" ("more a perpetrator than a victim"). */
  'doubt-not-victim-noun': [
    'perpetrator|offender|suspect|criminal|instigator|groomer|recruiter|predator|villain|player|participant|willing-participant|organiser|ringleader|dealer|aggressor|accomplice|co-conspirator|abuser|exploiter|gangster|recruit|member',
  ],

  /** What a child's victim status is denied in ("not a victim of trafficking", "not a victim here"). */
  'doubt-victim-of': [
    'of|in trafficking|exploitation|slavery|modern-slavery|cse|cce|grooming|abuse|county-lines|this|that|any-of-this|it|crime|anything',
    'of|in this|that case|situation|incident|instance',
    'here',
    'at all',
  ],

  /** What a child's conduct is said to be inconsistent with ("being under duress", "a frightened child"). */
  'doubt-victim-state': [
    'under duress|threat|pressure|control',
    'coerced|forced|frightened|scared|afraid|terrified|controlled|exploited|trafficked|threatened|groomed|abused|held|trapped|kept|intimidated|made-to',
    'a victim',
    'a|an frightened|scared|coerced|exploited|trafficked|abused|genuine|real? victim|child|girl|boy|person',
    'at risk|in-danger',
  ],

  /** Words that set conduct against a victim ("inconsistent with", "doesn't fit with"). */
  'doubt-inconsistent': [
    'inconsistent|incompatible|at-odds|irreconcilable|hard-to-reconcile|difficult-to-reconcile with',
    'not consistent|compatible with',
    '{do} not fit|sit|square|tally with',
    'hard|difficult to square|reconcile with',
  ],

  /** What a doubt is put on: the account, the child's word, their credibility. */
  'doubt-undermine-obj': [
    '$poss|the|this|that|$owner @doubt-account',
    '$poss|the|$owner credibility|reliability|evidence|word|version|claims|allegation|allegations|disclosure',
  ],

  /** Verbs that put a doubt on an account ("undermines her account", "casts doubt on her story"). */
  'doubt-undermine-verb': [
    '{undermine}|{discredit}|{weaken}|{damage}|{dent}|{contradict}',
    '{cast}|{throw}|{put} doubt|doubts on|upon',
    '{call}|{bring}|{put} into question|doubt',
    '{count}|{go}|{weigh} against',
  ],

  /** Adjectives of past or repeated lying ("previous lies to police"). */
  'doubt-lie-adj': [
    'previous|past|earlier|prior|repeated|numerous|several|many|known|persistent|constant|frequent|proven|recorded|documented|multiple|further|more|obvious|blatant|various',
  ],

  /** Who a child is said to lie to ("lies to police", "lied to staff"). */
  'doubt-lie-to': [
    'police|officers|staff|carers|professionals|school|teachers|us|me|everyone|workers|her-social-worker|his-social-worker|the-police|social-workers|the-school|the-home|her-mum|his-mum|her-carers|his-carers|the-court|investigators|the-nurse|the-doctor|people',
  ],

  /** Honesty words a writer says the child is not being ("not being truthful"). */
  'doubt-honest-adj': [
    'truthful|honest|straight|upfront|up-front|candid|straightforward|straight-with-us|straight-with-staff|entirely-honest|totally-honest|completely-honest|fully-honest|100%-honest|genuine|sincere|accurate|truthful-with-us',
  ],

  /** Ways a child is said to tell people what suits them ("tells you what you want to hear"). */
  'doubt-suits': [
    '{tell}|{say} (you|us|staff|people|professionals|police|officers|workers|everyone|them|adults|me)? what (you|we|they|staff|people|he|she|adults|professionals|everyone) (want|wants|wanted) to hear',
    '{tell}|{say} (you|us|staff|people|them|me)? whatever (suits|helps|benefits|gets) $obj',
    '{tell}|{say} (you|us|staff|people|them|me)? whatever|what $subj {think} (you|we|they|staff|people) (want|wants) to hear',
    '{tell}|{say} (you|us|staff|people|them|me)? whatever (you|we|they|staff|people|adults|professionals) (want|wants) to hear',
    '{say} whatever $subj {need} to',
  ],

  /** Nouns of a made-up account that a writer may "consider" it ("a cover story"). */
  'doubt-story-name': [
    'a|an|just-a|only-a|another cover|likely|tall|sob|fanciful|far-fetched|elaborate|convenient|made-up|invented|fairy|rehearsed|coached|tired|familiar story|tale|yarn|line|excuse',
    'a|an|just-a|only-a|another fabrication|fantasy|fiction|invention|lie|pack-of-lies|pack-of-lies|fib|excuse|smokescreen|cover|ruse|ploy|act|performance|put-on',
    'lies|nonsense|rubbish|fiction|fantasy|untrue|made-up|invented|a-lie',
  ],

  /** Verbs of judging an account to be a fiction ("considered this a cover story"). */
  'doubt-judge-verb': [
    '{consider}|{think}|{believe}|{feel}|{view}|{see}|{regard}|{treat}|{dismiss}|{deem}|{class}|{judge}|{assess}|{suspect}|{record}',
  ],

  /** What a writer says they know is a lie ("which we know is a lie"). */
  'doubt-knower': [
    'we|i|staff|everyone|officers|police|carers know|knew|believe|believed|suspect|suspected|think|thought|feel|felt',
  ],

  /** Names for a lie, after a copula ("is a lie", "was untrue"). */
  'doubt-lie-name': [
    'a|another lie|fib|fabrication|fantasy|story|porky|untruth',
    'lies|untrue|false|nonsense|rubbish|made-up|fiction|fantasy|not-true|a-pack-of-lies|total-nonsense|complete-nonsense|utter-nonsense|not-the-case|not-what-happened|bollocks|bullshit|bs',
  ],

  /** Spinning a line: verbs of telling an invented tale ("spinning a line", "spun staff a yarn"). */
  'doubt-spin': [
    'spin|spins|spun|spinning|feed|feeds|fed|feeding (us|you|staff|them|people|officers|police|everyone|me)? a|another line|yarn|tale|story',
    '{give} (us|you|staff|them|officers|police)? a line|yarn|spiel|load-of-rubbish',
  ],

  /** A different story each time: the child's changing account as a habit ("tells a different tale every time"). */
  'doubt-different-story': [
    '{tell}|{give} (a|another|yet-another) different story|tale|version|account (every|each) time|day|visit|interview',
    '{tell}|{give} (a|another) different story|tale|version|account to everyone|each-person|each-worker|each-professional|different-people',
    '{tell}|{give} different|conflicting|contradictory|contrasting stories|tales|versions|accounts to different people|professionals|workers|agencies|staff',
    // The story fitted to the listener: "tells a different story depending on who he is speaking to".
    '{tell}|{give} (a|another) different story|tale|version|account depending|dependent|based on|upon who|whom|where|what|which|the-person|the-audience|the-listener',
    '{tell}|{give} (a|another)? different stories|tales|versions|accounts depending|dependent|based on|upon who|whom|where|what|which|the-person|the-audience|the-listener',
    '{tell}|{give} everyone|each-worker|each-person|each-professional|different-people|every-worker|every-agency|each-agency something|things|a-story|a-version different',
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
    // What all teenagers are said to do: "it's what teenagers do", "kids will be kids", "youthful indiscretion".
    'all|most teenagers|teens|kids|youngsters|young-people do this|it|that',
    'kids|girls|teenagers|teens|lads will be kids|girls|teenagers|teens|lads',
    'youthful|teenage|adolescent indiscretion(s)',
    'age-appropriate|age appropriate curiosity|experimentation|exploration',
    'a|an? joke|prank|dare|game that|which went|got too-far|out-of-hand|wrong',
    'all in good? fun|jest',
    'a silly|stupid|daft|childish|naive mistake',
    'harmless messages|texts|chat|chatting|photos|pictures|images|contact|touching|kissing|cuddling',
    'normal|typical|usual|ordinary|natural|standard|classic teen|teenage|teenager|adolescent|adolescence|youthful|childhood|kids|kid|boy|girl|boys|girls stuff|behaviour|behavior|behaviours|things|thing|experimentation|exploration|rebellion|antics|mischief|high-jinks|risk-taking',
    'puppy love',
    'rough and tumble',
    // Children at play: "kids mucking about", "lads messing around" (not "playing", which children do).
    'kids|boys|girls|lads|teens|teenagers|children|youngsters|young-people mucking|messing|larking|fooling|horsing about|around',
    'teen|teenage romance|crush|fling|infatuation',
    '@minimise-teen-adj @minimise-teen-noun',
    'a bit of @minimise-fun-noun',
    'a wee|little bit of @minimise-fun-noun',
  ],

  /** Harmless names that need a copula before them ("was a silly mistake", "is a phase"). */
  'minimise-name': [
    '@minimise-name-bare',
    'banter|harmless|innocuous',
    // Needs the copula: "it's what teenagers do" (not "asked what teenagers do").
    'what teenagers|teens|kids|youngsters|young-people|lads|girls|boys {do}|get-up-to',
    'a bit of fun|banter|harmless-fun|horseplay|messing-about|messing-around',
    'a bit of a laugh|joke|giggle|game',
    'a|an silly|stupid|daft|foolish|innocent|honest|childish|teenage|youthful|naive|simple mistake|error|misjudgement|lapse|blunder',
    'a|an error of judgement|judgment',
    'a normal|typical|usual teen|teenage|teenager|adolescent|childhood? phase|thing',
    'a|the phase',
    'a|an? @minimise-teen-adj @minimise-teen-noun-weak',
    'a|an? normal|typical|usual|natural|ordinary part of growing up|being-a-teenager|adolescence|being-young',
    'a|an teen|teenage|young|innocent|childhood romance|crush|infatuation|fling',
    // Servitude named as custom: "it is a cultural arrangement", "normal in their culture".
    'a|an? cultural|traditional arrangement|thing|custom|norm|practice|tradition',
    'normal|usual|accepted|acceptable|common|expected in|for $poss|their|the|that culture|community',
    'what children|kids|girls|boys {do} back home',
  ],

  /**
   * The child's harm measured against peers as ordinary ("normal for her age", "not unusual for a
   * 15-year-old", "typical of boys his age", "no worse than other teenagers", "like any other
   * 14-year-old"). Read only after a copula (`bit-of-fun`), so "was told it was normal for girls
   * her age by the man" keeps its agent reading to the guards and "treated like any other child" stays quiet.
   */
  'minimise-age-norm': [
    'normal|typical|usual|common|expected|standard|unremarkable|natural|age-appropriate for|at|of $poss|a|that|this age',
    'normal|typical|usual|common|expected|natural for|of _? @minimise-peer',
    'not|hardly|nothing unusual|uncommon|abnormal|atypical|out-of-the-ordinary|out-of-character|remarkable for|at|of $poss|a|that|this age',
    'not|hardly|nothing unusual|uncommon|abnormal|atypical|out-of-the-ordinary for|of _? @minimise-peer',
    'no worse|different|wilder|naughtier than|from _? other? @minimise-peer',
    'like|as any|every|most other? @minimise-peer',
  ],

  /** Peers the child is measured against in an age-norm comparison ("girls", "a 15-year-old", "teenagers"). */
  'minimise-peer': [
    'girl(s)|boy(s)|teen(s)|teenager(s)|young-people|young-person|kid(s)|child|children|adolescent(s)|lad(s)|lass(es)|youngster(s)|young-man|young-woman|young-men|young-women',
    '@crime-aged-child',
  ],

  /** Names that minimise only with a hedge before them ("just a laugh", "only flirting"). */
  'minimise-name-weak': [
    'fun|harmless|innocent|playful|flirting|flirtation|flirty|experimentation|experimenting|curiosity|banter',
    // Play fighting needs the hedge: "was just play fighting", not "Y9 boys were play-fighting at lunch".
    'play fighting',
    'a laugh|joke|game|prank|crush|fling|misunderstanding|falling-out|fallout|tiff|row',
    'a bit of fun|banter|a-laugh|flirting',
    'part of growing up|being-a-teenager|adolescence|being-young',
  ],

  /** What a harm grade is given to ("the risk", "concerns", "harm"). */
  'minimise-harm-noun': [
    'risk(s)|harm|danger|threat|impact|seriousness|severity|vulnerability',
    'level of risk|harm',
    'risk|harm level',
    'risk(s)|harm|danger|impact|threat to|for|on $obj|_',
    'risk(s)|harm|danger|impact|threat to|for|on the|this|that @jv-child-noun',
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

  /** Adjectives that make sexual images of a child sound playful ("cheeky selfies", "racy pics"). */
  'minimise-pic-adj': [
    'cheeky|saucy|naughty|racy|spicy|sexy|dirty|rude|risque|risqué|flirty|flirtatious|suggestive|raunchy|steamy|fruity|provocative|sultry|seductive|glamour|boudoir|x-rated|nsfw|kinky|smutty|mucky',
  ],

  /** Nouns for images of a child ("selfies", "pics", "snaps"). */
  'minimise-pic-noun': [
    'selfie(s)|pic(s)|picture(s)|photo(s)|photograph(s)|snap(s)|image(s)|video(s)|vid(s)|clip(s)|content|shots',
  ],

  /** Fun-words a writer puts after "a bit of" ("a bit of silliness", "a bit of mischief"). */
  'minimise-fun-noun': [
    'fun|silliness|mischief|banter|messing|tomfoolery|horseplay|high-jinks|hijinks|larking|fooling|teasing|flirting|flirtation|experimenting|experimentation|exploring|curiosity|rough-and-tumble|playfighting|play-fighting',
    'fun and games',
    'harmless|innocent|teenage|youthful|good-clean fun|silliness|mischief|banter|flirting',
    'a laugh|giggle|lark|joke|game|wind-up|carry-on|dare|prank',
    'carry-on|carrying-on|shenanigans|larks|japes|high-spirits|kidding-around|mucking-about|mucking-around',
    'messing|mucking|fooling|larking|playing about|around',
  ],

  /** Adjectives that make abuse an age-stage ("teenage experimentation", "a schoolgirl crush"). */
  'minimise-teen-adj': [
    'teen|teenage|teenager|adolescent|youthful|childish|childhood|schoolgirl|schoolboy|playground|juvenile|kids|kid|puppy|girlish|boyish|hormonal|normal-teenage|typical-teenage|normal-teen|typical-teen|normal-adolescent',
  ],

  /** Nouns that, after an age-stage adjective, name abuse as a phase wherever they stand ("teenage experimentation", "a schoolgirl crush"). */
  'minimise-teen-noun': [
    'experimentation|experimenting|crush|crushes|romance|fling|flings|infatuation|rebellion|mischief|high-jinks|hijinks|hi-jinks|silliness|hormones|kicks|flirtation|flirting|larks|tomfoolery|horseplay|shenanigans|messing-about|messing-around|fooling-around|fooling-about|sweethearts|puppy-love',
  ],

  /** Weaker phase nouns that minimise only after a copula or a hedge ("it was just teenage stuff", "is a teenage phase"). */
  'minimise-teen-noun-weak': [
    '@minimise-teen-noun',
    'exploration|curiosity|antics|stuff|fun|games|pranks|nonsense|drama|phase|love|carry-on|thing|things|behaviour|behavior|relationship|mistake|mistakes|error|errors|misjudgement|impulsiveness|bravado',
  ],

  /** Errands and favours: exploitation named as helping out ("running errands", "doing a favour for a mate"). */
  'minimise-errand': [
    'running|doing|ran|did|run|do|runs|does errands|favours|favors|a-favour|a-favor|little-jobs|odd-jobs|bits|bits-and-bobs|chores|messages|the-odd-job|a-few-jobs|jobs|little-favours',
    '{help} out',
    'helping|helped|helps|help a|her|his mate|friend|cousin|pal out',
    // The task made occasional: "runs the odd errand", "does the occasional favour".
    'running|doing|ran|did|run|do|runs|does the|an odd|occasional errand|errands|favour|favours|favor|favors|job|jobs',
  ],

  /** Who a child is said to run errands or do favours for: friends and older males, not family. */
  'minimise-errand-who': [
    'a|her|his|their|some|the? mate(s)|friend(s)|pal(s)|cousin(s)|associate(s)|acquaintance(s)|neighbour(s)',
    'the|some|a-few|two|three? older boys|lads|males|men|guys|youths|kids|ones',
    'the|some? olders|elders|lads|boys|men|males|guys|adults',
    'a|an|the|this|that older? man|male|guy|lad|adult|neighbour',
    'someone|somebody|people',
  ],

  /** Small money that names a child's pay from exploitation as pocket money. */
  'minimise-money': [
    'pocket|spending|beer|sweet|extra|easy|quick|a-bit-of|a-little|some money|cash',
    'a few quid|bob',
    'a bit of pocket|spending|extra money',
  ],

  /** What self-harm or an overdose is minimised as ("a gesture", "a cry for help"). */
  'minimise-gesture': [
    'a|an @jv-degree? suicidal|self-harm|token|dramatic|attention-seeking|manipulative|empty|half-hearted|theatrical? gesture',
    'a cry for help|attention',
    'a bid for attention',
    'not a genuine|real|serious|proper attempt',
    'not genuine|serious|real',
    'superficial|attention-seeking|manipulative|behavioural|behavioral|instrumental',
    'for attention|effect|show',
  ],

  /** Self-harm and overdose nouns, the subject of a minimising gesture frame. */
  'minimise-selfharm': [
    'overdose|overdoses|od|self-harm|self-harming|selfharm|cutting|cuts|ligature|ligatures|attempt|attempts|scratching|the-cuts|injuries|threats|threat|note|suicide-attempt|suicide-threat|overdosing',
  ],

  /** Exploitation and abuse named as such, the complement of a "hardly" ("hardly county lines"). */
  'minimise-abuse-name': [
    'county lines|lining',
    'exploitation|trafficking|grooming|abuse|cse|cce|csa|csea|slavery|rape|assault|coercion|cuckooing|kidnap|kidnapping|abduction|servitude|harm|assault|crime|crimes|offence|offences',
    'modern slavery',
    'sexual exploitation|abuse|assault',
    'criminal exploitation',
    'child sexual exploitation|abuse',
    'child criminal exploitation',
    'a|an crime|offence|assault|rape|abduction|kidnap|kidnapping|sexual-assault|trafficking-case|cse-case|exploitation-case',
  ],

  /** A deal or dispute gone wrong: exploitation named as a private quarrel. */
  'minimise-deal': [
    'deal|deals|transaction|exchange|debt|dispute|row|argument|fight|falling-out|fallout|squabble|beef|drug-deal|drugs-deal|drug-debt|drugs-debt|robbery|rip-off|sale|arrangement',
  ],

  /** Mutual blame: abuse named as a quarrel between equals ("six of one"). */
  'minimise-mutual': [
    'six of one (and half a dozen of the other)?',
    'half a dozen of the other',
    'it takes two (to tango)?',
    'fault|blame on both sides',
    'both to blame',
    'equally to blame',
    'a two way street|thing',
    'both as bad',
    'handbags at dawn',
    'tit for tat',
  ],

  /** Names for minimised harm that stand alone as a list or field value ("DSL view: a misunderstanding"). */
  'minimise-list-value': [
    'a|just-a|only-a|probably-a misunderstanding|one-off|phase|laugh|joke|game|prank|crush|fling|silly-mistake',
    'banter|harmless|innocuous|just-fun|just-messing|only-messing',
    'messing-about|messing-around|mucking-about|larking-about|horseplay|high-jinks|kids-being-kids|boys-being-boys',
  ],

  /** The child coming back of their own accord ("will turn up", "comes home"). */
  'minimise-return': [
    '{turn}|{show}|{roll}|{pop} up|back',
    '{come}|{wander}|{stroll}|{waltz}|{saunter}|{drift} back|home|in',
    '{reappear}|{resurface}',
  ],

  /** When, in a minimising account, a missing child comes back ("when she's ready", "when she gets hungry"). */
  'minimise-when-ready': [
    'when|once $subj {be}|{get}|{feel} ready|hungry|skint|bored|tired|cold|good-and-ready|fed-up|broke',
    'when|once $subj {run} out of money|cash|credit',
    'when|once $subj {want}|{need} something|money|food|feeding',
    'like always|usual|normal',
    'as always|usual|normal',
    'as per usual|normal',
    'as $subj always {do}',
    'like $subj always {do}',
    'in $poss own time',
    'in due course',
    'eventually',
    'sooner or later',
    'no doubt',
  ],

  /** What a child "just" wanted when missing ("let off steam", "have some fun"). */
  'minimise-wanted-fun': [
    'let|letting|lets|blow|blowing|blows off steam',
    'have|having a laugh|good-time|bit-of-fun|night-out|break',
    'have|having|get|getting some fun|space|freedom|time-out|time-away|excitement|attention|me-time',
    'have|having fun',
    'chill|chilling|unwind|party|partying|hang|hanging-out|go-out|be-with-friends|see-friends|be-with-mates|see-mates|be-free|get-away|escape|rebel',
    'be with|see $poss mates|friends|pals',
  ],

  // ── Judgemental ─────────────────────────────────────────────────────────

  /**
   * Trait adjectives that are blaming when predicated of the child but
   * ordinary about a task or a place ("difficult", "wild"): used only in
   * frames with a person (a copula with a child subject, before a child noun).
   */
  'judge-trait-adj': [
    'difficult|challenging|impossible|unmanageable|wild|feral|hostile|volatile|confrontational|argumentative|oppositional|disrespectful|insolent|cheeky|stroppy|sullen|surly|moody|hormonal|dramatic|demanding|needy|clingy|sly|sneaky|devious|spoilt|spoiled|entitled|arrogant|cocky|stupid|silly|foolish|dumb|thick|nasty|horrible|vile|wilful|willful|wayward|troublesome|disruptive|problematic|hard-faced|hard-nosed|blasé|blase|flippant|cavalier|nonchalant|unbothered|sulky|petulant|bratty|brazen|shameless|brass-necked|cunning|crafty|scheming|conniving|shifty|rowdy|lairy|thuggish|work-shy|workshy|unmotivated|idle|bone-idle|hysterical|melodramatic|over-dramatic|overdramatic|anti-authority|mardy',
    'out of order',
    'a law unto $self',
    'nothing but trouble',
    'trouble',
    'bad news',
    'more trouble|hassle|bother|grief|effort|work than $subj {be} worth',
    'no|not-an|hardly-an|far-from-an|certainly-no|by-no-means-an|not-exactly-an|never-an|never-been-an angel|saint',
    'no|not-a|hardly-a|far-from-a|certainly-no|by-no-means-a|not-exactly-a|never-a|never-been-a saint|little-angel|angel',
    'no|hardly-an|far-from-an|certainly-no|by-no-means-an|not-exactly-an innocent',
  ],

  /** Verbs of missing school as mischief, before "school" or "off" ("wagging school", "skiving off"). */
  'jv-truancy-verb': [
    'skipping|skipped|skips|wagging|wagged|wags|sagging|sagged|sags|mitching|mitched|mitches|plunking|plunked|plunks|dogging|dogged|bunking|bunked|skiving|skived|ditching|ditched|dodging|dodged|bunk|skive|wag|sag|mitch|plunk|skip',
  ],

  /**
   * Trait adjectives that only ever describe a person, so that a degree word
   * before them or a second trait beside them is enough of a frame ("very
   * stroppy", "sly and devious", "boisterous and cheeky").
   */
  'judge-person-adj': [
    'hormonal|moody|stroppy|mouthy|gobby|lippy|cheeky|sly|devious|sneaky|sullen|surly|sulky|petulant|bratty|brazen|cocky|arrogant|entitled|mardy|insolent|defiant|unruly|disrespectful|uncooperative|boisterous|rude|lazy|unmotivated|manipulative|hysterical|melodramatic|attention-seeking|anti-authority|scheming|conniving|shifty|lairy|rowdy|feral|wayward|wilful|willful|foul-mouthed|potty-mouthed|obnoxious|self-absorbed|selfish|ungrateful|insolent|vile',
  ],

  /** Trait adjectives that label the child when they stand alone in a list or a field ("Behaviour: difficult"). */
  'judge-list-adj': [
    'difficult|challenging|wild|hostile|aggressive|violent|volatile|argumentative|confrontational|stroppy|moody|sullen|surly|stupid|silly|foolish|dumb|wilful|willful|wayward|sly|sneaky|devious|cunning|spoilt|spoiled|entitled|arrogant|cocky|needy|clingy|demanding|dramatic|hormonal|oppositional|disruptive|troublesome|nasty|horrible|vile|cheeky|blasé|blase|flippant|cavalier|sulky|petulant|bratty|brazen|shameless|crafty|scheming|conniving|shifty|rowdy|lairy|thuggish|work-shy|workshy|unmotivated|hysterical|melodramatic|anti-authority|mardy',
    'unruly',
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
    'a law unto $self',
    'more trouble|hassle|bother|grief|effort|work than $subj {be} worth',
    'a|an|the? complete|total|absolute|utter|real|massive|huge? waste of (police|my|our|staff|officer|officers|professional|professionals|public)? time|space|resources|effort|money|a-bed|a-placement|oxygen',
    '@judge-insult-plural',
    'a|an @jv-degree? loner|oddball|misfit|weirdo|lost-cause|basket-case|write-off|bad-un|wrong-un',
    // Regional and older names for a "difficult" girl or boy: "a wee madam", "a right little minx", "a Jezebel".
    'wee|right|proper|real|cheeky|young madam|besom',
    'a|an @jv-degree? little? jezebel|gold-digger|golddigger|exhibitionist|hussy|trollop|floozy|thug',
    'habitual|serial|persistent|regular|chronic bolter|absconder',
    'thuggish|yobbish|loutish',
    'full of cheek|lip|attitude|mischief',
    '{give} the|$poss? staff|carers|teachers|school|everyone|us|mum|parents nothing but grief|hassle|bother|trouble|abuse',
    'cannae|canna be told',
  ],

  /** Who the child is a burden to ("for staff", "to the home"). */
  'judge-burden-to': [
    'for|to the|her|his|their|all? other|night|day|care|residential|support? staff|carers|everyone|teachers|home|unit|school|police|officers|professionals|services|us|workers|family|mum|placement|residents|team|children|kids|pupils|young-people|girls|boys|community|public|society|neighbourhood|neighborhood|neighbours|neighbors|estate|area|town|village|street|streets',
  ],

  /** What a child is said to be impossible to do with ("impossible to place", "hard to work with"). */
  'judge-impossible-to': [
    'place|house|accommodate|parent|manage|handle|control|contain|help|like|please|reason-with|work-with|deal-with|look-after|care-for|keep|hold|discipline|live-with|get-through-to|get-on-with|be-around',
    'find a placement for',
    'find placements for',
    'keep in placement',
    'keep in school',
  ],

  /** Insults for a group or a child that need no frame ("pests", "junkies"). */
  'judge-insult-plural': [
    'gobshite(s)|pest(s)|drunkard(s)|druggie(s)|junkie(s)|junky|crackhead(s)|smackhead(s)|stoner(s)|waster(s)|scrounger(s)|scumbag(s)|lowlife|lowlifes|lowlives|toerag(s)|chav(s)|wrong-un(s)|wrong-one(s)|wrongun(s)|undesirables|reprobate(s)|degenerate(s)|loser(s)|no-hoper(s)|layabout(s)',
  ],

  /** Adjectives of a poor attitude or manner ("poor", "appalling"). */
  'judge-poor-adj': [
    'poor|bad|negative|awful|terrible|appalling|disrespectful|dreadful|shocking|atrocious|vile|horrendous|stinking|rubbish|abysmal|hostile|challenging|difficult|obstructive|unpleasant|nasty|horrible|arrogant|dismissive',
  ],

  /** Who a child's attitude is to ("towards staff"). */
  'judge-attitude-to': [
    '(towards|toward|to|with) (the|her|his|all|night|day|care|residential|support)? (staff|carers|officers|police|teachers|adults|professionals|authority|everyone|others|workers|school|services|us|people|the-home|the-unit|her-carers|his-carers|her-mum|his-mum|adults)',
  ],

  /**
   * Traits a writer aims at the people around the child ("aggressive towards
   * staff", "argumentative with officers", "abusive to carers"): with a person after
   * them they need no copula, because the child is the one so described.
   */
  'judge-toward-adj': [
    'aggressive|violent|abusive|threatening|confrontational|argumentative|obstructive|uncooperative|un-cooperative|cheeky|antagonistic|belligerent|awkward|nasty|spiteful|vile|unpleasant|dismissive|sarcastic|volatile|oppositional|challenging|difficult|lairy|stroppy|intimidating|threatening',
    'verbally|physically aggressive|abusive|violent|threatening|intimidating',
  ],

  /**
   * A child's temper or anger named as a trait ("has a temper on her",
   * "anger issues", "quick to lose his temper", "a short fuse"), rather than
   * an incident with a cause.
   */
  'judge-temper': [
    'a|an? @judge-temper-adj temper',
    'a temper on $obj',
    'quick|easy|liable|prone|apt|likely to {lose} $poss temper',
    '{lose} $poss temper easily|quickly|often|regularly|frequently|constantly|at-the-slightest-thing|over-nothing|at-nothing',
    '{lose} $poss temper very|so|too|really easily|quickly|often|regularly|frequently',
    '{fly} off the handle',
    '{have} a short fuse',
    'on a short fuse',
    'short|hot|quick|bad|ill tempered',
    'hot headed',
    'anger|temper (management)? issues|problems',
    '{have} an anger problem',
    'explosive|volatile|violent|uncontrollable|frequent|regular angry? outbursts|rages|temper-tantrums',
  ],

  /** What a temper is called when it is named as a trait ("a short temper", "an explosive temper"). */
  'judge-temper-adj': [
    'bad|short|quick|explosive|violent|nasty|foul|fiery|vicious|terrible|awful|real|volatile|uncontrollable|hot|filthy|horrendous',
  ],

  /**
   * Adjectives that judge a child only before a child noun ("an angry young
   * girl", "a bad kid"); said of a feeling they are ordinary ("she was angry
   * with the men"). Not "troubled": "a troubled girl" reads as concern as
   * often as judgement.
   */
  'judge-noun-adj': [
    'angry|bad|naughty|disturbed|wicked|evil|nasty|horrible|hateful|sneaky|lazy|ungrateful|spiteful|selfish|obnoxious|unpleasant|rude|aggressive|violent|volatile|defiant|disruptive|manipulative|deceitful|dishonest|cunning|sly|devious',
  ],

  /** Adult nouns a writer uses for a child that a trait adjective may qualify ("an angry young man"). */
  'jv-young-adult-noun': ['young man|men|woman|women|lady|ladies|male|males|female|females|lad|lads'],

  /** Those who judge the child's manner, before "find her difficult". */
  'jv-perceiver': [
    'staff|carers|teachers|officers|police|workers|school|professionals|residents|everyone|people|we|they|i|mum|dad|parents|grandparents|nan|gran|foster-carers|the-home|the-school|the-unit|her-carers|his-carers|her-teachers|his-teachers',
  ],

  /** Tantrums and flounces: a child's distress named as petulance. */
  'judge-tantrum': [
    '{throw}|{have}|{chuck} a|another? strop|strops|tantrum|tantrums|wobbly|wobbler|hissy-fit|paddy|fit|fits|sulk|huff',
    '{flounce}|{strop} off|out|away|about|around|upstairs',
    '{flounce}',
    'in a strop|huff|sulk',
    '{sulk}',
  ],

  /** Going out as a moral failing ("out gallivanting", "off partying"). */
  'judge-out-activity': [
    'gallivanting|partying|raving|clubbing|bar-hopping|boozing|living-it-up|on-the-lash|on-the-piss|on-the-razz|painting-the-town-red|out-on-the-town|getting-wasted|getting-smashed|getting-hammered|on-a-bender|out-on-the-pull|on-the-pull',
  ],

  /** A child's habits named as tricks or schemes ("up to her old tricks"). */
  'judge-tricks': [
    'up to|back-to|at|back-at $poss old? tricks|games|ways|nonsense|antics',
    'up to no good',
    'up to something',
    'up to mischief',
  ],

  /** A child said to be out for gain ("out for what she can get"). */
  'judge-gain': [
    '(out|in it) for what $subj can get|take|grab|gain|have',
    '(only|just)? out for $self',
    '(only|just)? in it for $self|number-one',
    'out for number one',
    '{look} after number one',
    'only interested in what $subj can get',
  ],

  /** Verbs of a child sneaking ("sneaking off", "sneaks out"). */
  'judge-sneak': [
    'sneak|sneaks|sneaked|snuck|sneaking off|out|away|about|around|in|back|over|round',
    '{slip}|sneak|sneaks|sneaked|snuck|sneaking out of the home|house|unit|placement|school',
  ],
} as const satisfies WordClasses

export const conditions = {
  /**
   * The account is an adult's or the defence's: "the suspect's account keeps
   * changing", "the 27-year-old's story", "the defence claims duress".
   */
  'doubt-adult-owner': {
    precededBy: [
      "old's|suspect's|suspects'|man's|men's|defendant's|defendants'|perpetrator's|offender's|adult's|adults'|driver's|dealer's|accused's",
      'defence|defense|defendant|defendants|suspect|suspects|accused|solicitor|barrister|counsel',
    ],
    within: 2,
  },

  /**
   * A professional or an agency just before the frame as its subject ("staff
   * have seen it all before"). Unlike the shared `professional-subject` it
   * leaves out "man" and "adult", so "a confident young man who knows the
   * score" still reads as the child.
   */
  'jv-professional-subject': {
    precededBy: [
      'police|officer|officers|pc|dc|ds|detective|detectives|constable|sergeant|inspector|staff|worker|workers|teacher|teachers|nurse|nurses|doctor|doctors|gp|school|council|authority|agency|agencies|service|services|team|teams|panel|court|manager|managers|carer|carers|professionals|practitioners|we|i|cps|defence|defense|prosecution|jury|social-worker|social-workers|sw|dsl',
    ],
    within: 2,
  },

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
        // Everyday things and conditions: "the traffic was impossible", "the wait was a nightmare".
        '@det|$owner @jv-degree? traffic|noise|queue|queues|age-gap|age-difference|gap|difference|wait|waiting|delay|delays|bus|buses|train|trains|transport|roads|parking|signal|connection|wifi|internet|rent|cost|costs|prices|bills|paperwork|form|forms|exam|exams|homework|coursework|course|commute|timetable|schedule|deadline|deadlines|food|pain|heat|cold|rain|snow|housing|benefits',
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
      "man's|men's|adult's|adults'|suspect's|suspects'|offender's|perpetrator's|abuser's|exploiter's|driver's|father's|stepfather's|uncle's|landlord's|boss's|defendant's|accused's|officer's|officers'|police's|force's|school's|council's|agency's|carer's|carers'|mother's|mum's|dad's|parent's|parents'|neighbour's|witness's|staff's|worker's|manager's|owner's|trafficker's|traffickers'|groomer's|recruiter's|controller's|gangmaster's|employer's|lodger's",
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

  /**
   * A field or list about the agencies' response, up to three words before
   * ("Police response: poor", "CSC handling: inadequate"): the grade is
   * about the services, not the child.
   */
  'jv-agency-response': {
    precededBy: [
      'response|responses|provision|practice|practices|handling|csc|police|agency|agencies|council|services|camhs|yot|provider|professionals',
    ],
    within: 3,
  },
} as const satisfies SharedConditions
