/**
 * Word classes and named conditions for the choice families (see
 * `classes.ts` for the format). Merged into the bundled vocabulary by
 * `rules/index.ts`.
 *
 * The consent and responsibility rules are built from these frames:
 *
 * - volition: the child as the subject of a wish, an agreement or a
 *   readiness (`@choice-happy-adj`, `@choice-willing-adj`, `@choice-want`,
 *   `@choice-offer`, `@choice-allow`) whose complement is an exploitation
 *   activity (`@choice-act` after "to", `@choice-ing` after "on", "for",
 *   "mind");
 * - choice: a decision verb (`@choice-decide`) or a capacity to decide
 *   (`@choice-capacity`) with the same complements;
 * - return: going back to the exploiters (`@choice-again`,
 *   `@choice-return`, `@choice-exploit-place`);
 * - knowledge and warning: knowing the risks (`@choice-know`,
 *   `@choice-risk-object`), going against advice (`@choice-advice`);
 * - non-engagement (`@choice-refuse`, `@choice-help-object`);
 * - substances and images the child is said to have taken or sent
 *   (`@choice-substance`, `@choice-image`);
 * - blame (`@choice-blame-share`).
 *
 * Every complement frame shares one exception, `choice-good-complement`:
 * going back to school, staying with foster carers, being happy to meet the
 * ISVA or joining a football club are the child's own good choices.
 */
import type {SharedConditions, WordClasses} from '../src/types.js'

export const classes = {
  /** Adjectives of a pleased or keen wish: "was (more than) happy to go", "keen on going". */
  'choice-happy-adj': [
    'happy|keen|content|glad|excited|pleased|delighted|thrilled|chuffed|enthusiastic|desperate|comfortable',
  ],

  /**
   * Adjectives of easy acceptance, as practitioners write them in notes and
   * fields: "YP fine with it", "ok with staying at the address", "seems
   * alright being filmed". Read only with an exploitation complement or "it".
   */
  'choice-fine-adj': ['fine|ok|okay|alright|all-right|cool|relaxed|chilled|chill|unfazed|unbothered'],

  /**
   * What the child is said to accept, as a pronoun or the arrangement itself
   * ("fine with it", "happy with that", "ok with the set-up").
   */
  'choice-accepted-it': [
    'it|that|this|everything|all-that|all-of-it',
    'the|this|that|$poss arrangement|arrangements|set-up|setup|situation|deal|cash-in-hand|money|pay',
    // A note's noun without its article: "- YP ok with arrangement".
    'arrangement|arrangements|set-up|setup|situation',
  ],

  /** Adjectives of readiness or consent: "was willing to carry", "eager to do the drops". */
  'choice-willing-adj': ['willing|eager|prepared|ready|determined|raring|itching|game|agreeable|amenable'],

  /** Verbs of wanting with a to-infinitive: "really wanted to be filmed", "wished to stay". */
  'choice-want': ['{want}|{wish}|{long}|{yearn}|{crave}'],

  /** Verbs of offering or insisting: the child as the one who proposed it. */
  'choice-offer': ['{offer}|{volunteer}|{push}|{insist}|{press}'],

  /** Verbs of asking or begging, read with the narrower `@choice-want-act` ("begged to go with the olders", not "asked to go again with her keyworker"). */
  'choice-ask': ['{ask}|{beg}|{plead}|{nag}|{pester}'],

  /** Verbs of deciding: "opted to", "elected to", "made up her mind to" ("chose to" and "decided to" are in `chose-to` itself). */
  'choice-decide': [
    '{opt}|{elect}|{prefer}|{resolve}|{determine}',
    '{make} up $poss mind',
    '{make} $poss own? decision',
    // "took the decision to go back", "has taken her own decision to stay".
    '{take} the|a|$poss own? decision',
  ],

  /** A capacity to decide claimed for the child: "old enough to decide", "able to make her own decisions". */
  'choice-capacity': [
    'old|mature|grown-up|sensible|big enough',
    'able|capable|competent|free|entitled|allowed',
    'in a position',
  ],

  /** Words for deciding after a capacity: "to decide", "to choose", "to make her own decisions". */
  'choice-deciding': [
    'decide|choose|judge',
    'make $poss own? decisions|choices|mind|minds',
    'make up $poss own? mind|minds',
    'know what $subj is|are|was|were doing',
    'know better',
  ],

  /** A child, a self, in a fragment: "placing self at risk", "puts herself in danger". */
  'choice-self': ['herself|himself|themselves|themself|self|yourself|oneself'],

  /** Goods an exploited child is made to move: the object of "take", "drop", "hold". */
  'choice-goods': [
    'bag(s)|package(s)|parcel(s)|drugs|gear|food|wraps|deliveries|phone|phones|line|money|cash|knife|knives|weapon(s)|stuff|product|packs|sim|sims|passport|documents|bank-card|bank-cards',
  ],

  /** Abuse images: "nude pictures", "explicit videos", "the images", "pics". */
  'choice-image': [
    'nude|naked|explicit|sexual|sexualised|sexualized|intimate|indecent|topless|sexy|rude|dirty|private|inappropriate? image(s)|picture(s)|photo(s)|photograph(s)|pic(s)|video(s)|selfie(s)|clip(s)|content|material',
    'nudes',
    'images|pictures|photos|pics|videos of $self',
  ],

  /**
   * Errands, trips and company of exploitation beyond the core
   * `@exploit-act` ("take the bag", "do another run", "rejoin the group",
   * "help the olders out", "cook and clean"); no sexual acts, which
   * `agreed-to-sex` reads with the age guard.
   */
  'choice-errand': [
    'take|bring|drop|move|drive|hand|fetch|bag|weigh @det? @choice-goods',
    'hand|give over|up|in $poss? passport|documents|id|papers|bank-card|bank-cards|card|cards|account|pin|wages|money|phone',
    'pick up|off @det? @choice-goods',
    // Minding the goods or the door: "happy to mind the bags", "keen to watch the stash".
    'mind|watch|guard|look-after the|their|his|some? bag|bags|stuff|gear|package|packages|parcel|parcels|stash|drugs|phone|phones|door|house|flat',
    'do|make @det|another|more|some|extra? run(s)|drop(s)|trip(s)|journey(s)|delivery|deliveries|job(s)|shift(s)|deal(s)|errand(s)|favour(s)',
    'go|come out? on @det|another|more|some|extra? run(s)|drop(s)|trip(s)|job(s)|shift(s)|deliveries',
    'help out',
    'help $obj out',
    'help the|those? older|adult? men|males|boys|lads|olders|elders|group|gang out?',
    'rejoin|re-join|reconnect|return|go|get|run|head back? with|to him|them',
    'rejoin|re-join|reconnect|return|go|get|run|head back? with|to the|those|these|older|adult? men|males|boys|lads|olders|elders|group|gang|adults|exploiters|abusers',
    'rejoin|re-join @det? group|gang|line|men|olders|elders',
    'spend (time|nights|weekends|the night|the weekend) with|at',
    'hang around|about|out with',
    'sleep over|round|at',
    'get in|into @det? car|cars|van|taxi',
    '(keep|continue|carry on|keep on) selling|dealing|carrying|running|working|going|seeing|meeting|visiting|staying|returning|grafting|shotting',
    'be filmed|photographed|recorded|videoed|pictured|touched|picked|collected|driven|taken|used|around|passed|paid|shared|sold|handed|pimped|kept|hidden|moved|had|offered|rented|lent|loaned|swapped|traded',
    '@choice-domestic',
  ],

  /**
   * The complement of a volition or choice frame after "to": the core
   * `@exploit-act` and the errands, trips, images and company of
   * exploitation ("to take the bag", "to do another run", "to rejoin the
   * group", "to send pictures").
   */
  'choice-act': [
    '@choice-core-act',
    '@choice-errand',
    'send|share|swap|trade|post the|some|more|them? @choice-image',
    'pose for|naked|nude|topless',
  ],

  /**
   * The shared `@exploit-act` without its bare "be": "happy to be" alone is no
   * frame ("happy to be picked up by her foster carer"); "be with", "be
   * filmed", "be used" stay.
   */
  'choice-core-act': [
    'go|travel|carry|sell|deal|deliver|hold|hide|store|stash|drop|run|meet|stay|sleep|live|remain|return|leave|join|work|graft|steal|shoplift|rob|recruit|bring|collect|move|transport|keep|continue|repay|pay|earn|pose|strip|perform|send|share|post|film|text|message|visit|see',
    'head|run|slip|sneak|drift|creep back',
    '@exploit-act-phrase',
  ],

  /** Domestic servitude named as the child's own wish: "seems happy to help out at home", "agreed to cook and clean". */
  'choice-domestic': [
    'wash|clean|cook|iron|babysit|scrub|tidy',
    'look after the|her|his|their? kids|children|baby|babies|house|home|little-ones',
    'do the|all-the? chores|housework|cleaning|cooking|washing|ironing|childcare',
    'help out at home|around-the-house',
  ],

  /**
   * The narrower complement of a wish ("wants to …"): a child's wishes are
   * recorded as good practice, so only the exploitation itself, the
   * exploiters and their places count ("wanted to be filmed", "wishes to go
   * back to them", "wants to carry for the olders").
   */
  'choice-want-act': [
    'carry|sell|deal|deliver|hold|hide|store|stash|shoplift|steal|rob|graft|shot|recruit',
    'do|make @det|another|more? run(s)|drop(s)|trip(s)|deliveries|job(s)|line(s)',
    'be filmed|photographed|recorded|videoed|pictured|touched',
    'be with $obj|him|them',
    'have sex',
    'sleep with',
    'send|share|post @choice-image',
    '(go back|get back|run back|go|stay|live|be) at|with|to @choice-exploit-place',
    'remain at|with @choice-exploit-place',
    // Going on the exploitation's trips: "begged to go on the runs", "wants to go out on another drop".
    'go|come out? on @det|another|more|some? run(s)|drop(s)|trip(s)|job(s)|shift(s)|deliveries',
    'run away|off with @choice-exploit-place',
    'keep|continue seeing|meeting|going|selling|carrying|working|visiting',
    'rejoin|re-join @det? group|gang|line|olders|elders|men',
    'work|graft|sell|run for @choice-exploit-place',
    'join the|a|their|his? gang|group|line|olders|elders',
  ],

  /**
   * An act of the exploitation as a gerund subject, narrow enough to stand before "was her decision"
   * ("returning to the flat", "carrying for them", "meeting the men", "going missing"): going or
   * staying needs the exploiters' place, so "going to the police" and "staying with her nan" stay out.
   */
  'choice-ing-exploit': [
    'going|getting|heading|running|coming|sneaking|returning|staying|sleeping|living|being|travelling|traveling|stopping|remaining back|over|out? to|with|at|in _? @choice-ing-place',
    'meeting|seeing|visiting|contacting|messaging|joining|rejoining _? @choice-ing-place',
    'carrying|selling|dealing|delivering|holding|hiding|storing|stashing|shotting|plugging|grafting|shoplifting|stealing|recruiting|running-lines|going-country|going-missing',
    'carrying|selling|dealing|working|grafting|running for _? @choice-ing-place',
    'being filmed|photographed|recorded|videoed|touched|picked-up|collected',
    'doing|making @det|another|more|some|extra? run(s)|drop(s)|trip(s)|delivery|deliveries|shift(s)|deal(s)',
    'sending|sharing|swapping|trading|posting the|some|more|them? @choice-image',
    'having sex',
    'sleeping with',
    'getting in|into @det? car|cars|van|taxi',
  ],

  /** The exploiters and their places after a gerund of `@choice-ing-exploit` and one word ("the flat", "the olders", "him"). */
  'choice-ing-place': [
    'address|flat|house|hotel|trap|trap-house|bedsit|men|males|olders|elders|group|gang|boyfriend|adults|him|them',
  ],

  /** The complement of a volition frame after "on", "for", "mind", "with": a gerund. */
  'choice-ing': [
    'going|heading|travelling|traveling|coming|returning|running|sneaking|getting back|off|away|out|missing|over|round|down|up?',
    'carrying|selling|dealing|delivering|holding|hiding|storing|stashing|dropping|moving|shotting|plugging|grafting|working|shoplifting|stealing|grooming|recruiting',
    'meeting|seeing|visiting|staying|sleeping|living|spending|hanging|partying|posing|stripping|performing|kissing',
    'being filmed|photographed|recorded|videoed|pictured|touched|picked|collected|driven|taken|used|with|around',
    'doing|making @det|another|more|some|extra? run(s)|drop(s)|trip(s)|journey(s)|delivery|deliveries|job(s)|shift(s)|deal(s)|errand(s)|favour(s)',
    'doing it|this|that|stuff|things|what|whatever',
    'sending|sharing|swapping|trading|posting the|some|more|them? @choice-image',
    'having sex',
    'sleeping with',
    'getting in|into @det? car|cars|van|taxi',
    'taking|bringing|dropping|moving|driving|passing|handing|picking @det? @choice-goods',
    'helping out',
    'helping $obj out',
    'helping the|those? older|adult? men|males|boys|lads|olders|elders|group|gang out?',
  ],

  /** Adults as the object of "let" or "allow": "let the men", "allowed them", "allows the older boys". */
  'choice-abuser': [
    'him|them',
    'the|those|these|two|three|both|some|several|other? older|adult|grown? man|men|male|males|boys|lads|guys|group|gang|adults|olders|elders|perpetrator(s)|abuser(s)|driver(s)|stranger(s)',
  ],

  /** What adults did that the child is said to have allowed: filming, touching, picking up, storing drugs. */
  'choice-done-to': [
    'film|photograph|record|video|touch|kiss|cuddle|undress|use|keep|store|hide|stash|collect|drive|abuse|groom',
    'pick $obj up',
    'pick up $obj',
    'sleep with $obj',
    'stay over|round|the-night',
    'have sex with? $obj?',
    'do things|stuff|that|this|what|whatever',
    'take $obj to|away|out',
    'come over|round|in',
    // Images taken of the child: "let him take the pictures", "happy for them to take photos".
    'take @det? photos|pictures|videos|images|pics|nudes|photographs',
  ],

  /** Gifts, lifts and money by which a child is groomed: the object of "accepted". */
  'choice-gift': [
    'lift(s)|gift(s)|present(s)|money|cash|drugs|alcohol|vapes|cigarettes|fags|clothes|trainers|phone(s)|ride(s)|favours|payment(s)|cannabis|weed|food|takeaways|jewellery|credit|top-ups|treats|attention',
    'a lift|phone|ride|gift|present',
  ],

  /** Adverbs of repetition before a return: "repeatedly returns", "always goes back". */
  'choice-again': [
    'repeatedly|constantly|continually|continuously|persistently|frequently|regularly|habitually|always|still|invariably|routinely|often|keeps|keep|kept|keeping|continues|continue|continued|continuing|again',
    'keeps|keep|kept|keeping on',
    'continues|continue|continued|continuing to',
  ],

  /** Verbs of going back: "returns", "goes back", "runs back", "gravitates back". */
  'choice-return': [
    '{return}',
    '{go}|{run}|{head}|{drift}|{gravitate}|{come}|{get}|{creep}|{sneak}|{slip} back',
    '{gravitate}|{drift}',
    '{disappear}|{vanish}|{slope}|{slink} back',
  ],

  /** Those an exploited child goes back to: the exploiters and their group ("him", "the olders", "his exploiters", "the 30-year-old"). */
  'choice-exploit-person': [
    'him|them',
    '$poss|the|those? exploiter(s)|abuser(s)|perpetrator(s)|groomer(s)|trafficker(s)|defendant(s)|accused|suspect(s)|offender(s)',
    'the|those|these|that same? older? men|males|boys|lads|blokes|guys|fellas|group|gang|elders|olders|adults|crowd|network|people',
    'older|adult men|males|boys|lads|blokes|guys|fellas',
    'the _ year old(s)',
    // The exploiters under a neutral name: "back to his contacts", "to her associates in Leeds".
    '$poss contacts|associates|connections|links',
  ],

  /** Where, or to whom, an exploited child goes back: the exploiters and their places. */
  'choice-exploit-place': [
    '@choice-exploit-person',
    "the? perpetrator's|perpetrators'|abuser's|exploiter's|perp's|groomer's address|flat|house|home|car|place?",
    'perpetrator|abuser|exploiter|groomer address|flat|house|home|car',
    'the|those|these|that same? address|flat|house|hotel|trap|line|area',
    'his|their address|flat|house|place|car|hotel|trap|bedsit',
  ],

  /**
   * Sexual images by their kind: the adjective or "of herself" is needed,
   * as "sent the videos" alone may be anything.
   */
  'choice-image-sexual': [
    'nude|naked|explicit|sexual|sexualised|sexualized|intimate|indecent|topless|sexy|rude|dirty image(s)|picture(s)|photo(s)|photograph(s)|pic(s)|video(s)|selfie(s)|clip(s)|content',
    'nudes',
    'images|pictures|photos|pics|videos of $self',
  ],

  /** Verbs of knowing: "knew the risks", "was fully aware of", "understood what was expected". */
  'choice-know': [
    '{know}|{realise}|{realize}|{understand}|{appreciate}',
    '{know} full-well|exactly|perfectly-well',
    '{be} fully|well|perfectly|clearly? aware of',
  ],

  /** What the child is said to have known: the risks, what would happen, what was expected. */
  'choice-risk-object': [
    'the risk(s)|danger(s)|consequence(s)|score|deal',
    'what was|is|would-be expected|wanted|required of? $obj?',
    'what $subj|they|he|she was|were|is|are (getting into|doing|letting herself in for|letting himself in for|letting themselves in for)',
    'what (would|could|might|was going to|is going to|will) happen',
    'what (they|he|the men) (wanted|expected|were after|was after|would want)',
    'what it|this|that involved|involves|meant|means',
    'what (was|is) (going on|happening|being asked)',
  ],

  /** What a child is said to have known they were doing: "signing up for", "getting into", "letting herself in for". */
  'choice-into': [
    'signing|signed|sign up for',
    'getting|got|get|gotten into',
    'getting|got|get $self into',
    'letting|let $self in for',
    'in for',
    'doing|did|do',
    'up to',
    'involved|mixed up in|with',
    'dealing with',
    'bargaining|bargained for',
  ],

  /** What adults are after, as known to the child: "knows what these men are after", "knew what they wanted". */
  'choice-after': [
    'after|like|about',
    'want|wants|wanted|expect|expects|expected|were-after|was-after|are-after|would-want|would-expect|would-do|will-do|might-do|could-do|intended|meant',
    'up to',
  ],

  /** Advice and plans the child is said to have gone against. */
  'choice-advice': [
    'professional|police|staff|our|repeated|clear|safety|safeguarding|parental|all|the|any|their|her|his? advice|warning(s)|guidance',
    'the|a|her|his|their|our? safety|CSE|CCE|protection|child-protection|care|support|exploitation|disruption? plan(s)',
    'the|an|a? (abduction warning notice|abduction warning notices|cawn|cawns)',
    'the|her|his|their? bail|curfew conditions?',
  ],

  /** Refusal: "refused to", "won't", "declined to", "is reluctant to". */
  'choice-refuse': [
    '{refuse}|{decline}',
    'will|would not',
    'refuses|refused|refusing|declines|declined point-blank',
    '@be @degree? reluctant|resistant',
  ],

  /** What an exploited child is said to refuse: a statement, an account, police, support. */
  'choice-help-object': [
    'give|make|provide|sign @det|any? statement(s)|account|evidence|complaint|disclosure|details',
    'support|assist|help|cooperate|co-operate|engage with? the? police|investigation|prosecution|officers|case',
    'speak|talk to|with the? police|officers|professionals|staff|workers|us',
    '(accept|take up|have) @det? help|support|services|intervention|offers',
    // Naming the adults: "refused to name anyone", "won't identify the men", "declined to name names".
    'name|identify|grass-on|grass-up|point-out anyone|anybody|names|who|the-men|the-males|the-man|the-male|the-adults|the-perpetrator|the-perpetrators|the-suspect|the-suspects|the-person|those-involved|the-olders',
  ],

  /** Substances the child is said to use by choice. */
  'choice-substance': [
    'drugs|cannabis|weed|skunk|spice|mdma|ecstasy|pills|cocaine|coke|crack|ketamine|ket|heroin|nos|balloons|xanax|vodka|alcohol|booze',
  ],

  /** Sharing blame: "bears some responsibility", "takes some of the blame". */
  'choice-blame-share': [
    'some|partial|part|equal|joint|shared|a-share-of|much|most|the-most? responsibility|blame',
    'some|part|much of the responsibility|blame',
    'a|her|his|their share of the? responsibility|blame',
  ],
  /**
   * Words writers put inside a volition frame, beyond the shared `@degree`:
   * "only too happy to", "well up for it", "dead keen to", "thought to be
   * happy to".
   */
  'choice-degree': [
    '@degree',
    'only|far|much|all too',
    'once|ever|even-once',
    'well|dead|proper|super|pretty|fairly|rather|reportedly|supposedly|allegedly|probably|likely|mostly|generally|basically|more-or-less|very-much|so-very',
  ],

  /**
   * Idioms of eagerness and readiness: "keen as mustard", "jumped at the
   * chance", "game for anything", "all for it", "up for whatever they ask".
   */
  'choice-eager-idiom': [
    'as? keen as mustard',
    '{jump}|{leap}|leapt at the|any|every|a chance|opportunity|offer|invitation|idea',
    'game for it|anything|whatever|that|this|everything',
    'up for whatever|that|this|everything',
    'all for it|that|this',
    'on board with it|this|that|the-plan|the-idea|the-arrangement',
    '{buy} into it|this|that|the-lifestyle',
    'first in line|the-queue',
    'up|game for @det|another|more|a|some? run(s)|drop(s)|trip(s)|job(s)|deal(s)|delivery|deliveries|ride(s)|lift(s)|party|parties',
    '{need}|{take}|{require}|{want} no|little|hardly-any|zero? telling|asking twice',
  ],

  /** A persuasion that was not needed: "needed no persuading", "didn't take much convincing". */
  'choice-persuasion': [
    'persuading|persuasion|convincing|encouragement|encouraging|coaxing|pushing|prompting|asking|talking-round|talking-into-it',
  ],

  /**
   * Non-resistance read as consent: "didn't put up a fight", "offered no
   * resistance", "never tried to leave", "made no attempt to get away".
   */
  'choice-no-resistance': [
    'did|does|do|would|could|had not put up a|any|much|the-slightest? fight|struggle|resistance',
    'did|does|do|would|could|had not put up much|any|a-lot of a? fight|struggle|resistance',
    'put|puts|putting up no|little|hardly-any fight|struggle|resistance',
    '{offer}|{show}|{make} no|little|hardly-any|minimal resistance|protest|objection|objections',
    'did|does|do|would|had not @choice-resist',
    'never @choice-resisted',
    'did|does|do|would|had not (try|attempt) to @choice-escape',
    'never (tried|attempted) to @choice-escape',
    '{make} no|little|hardly-any attempt|effort|move to @choice-escape',
    'did|does|do|would not say no|stop',
    // A complaint or objection never made: "made no complaint about the flat", "raised no objection", "lodged no protest".
    '{make}|{raise}|{voice}|{express}|{lodge} no|little|hardly-any complaint(s)|objection(s)|protest(s)',
    'without (any|a)? objection|protest|resistance|struggle',
  ],

  /** Verbs of resisting (bare form): "did not resist", "didn't fight back". */
  'choice-resist': [
    'resist|struggle|protest|object|scream|shout|fight|refuse|complain',
    'fight back|him-off|them-off|back-at-all',
    'push|pull him|them|away',
    'say no|anything|stop',
    'try to stop|resist him|them',
  ],

  /** Verbs of resisting (past form): "never resisted", "never said no". */
  'choice-resisted': [
    'resisted|struggled|protested|objected|screamed|fought|refused|complained',
    'fought back|him-off|them-off',
    'pushed|pulled him|them|away',
    'said no|stop',
  ],

  /** Getting away: the complement of "never tried to …", "made no attempt to …". */
  'choice-escape': [
    'leave|escape|run|flee|resist|stop $obj|him|them|it',
    'get away|out|help',
    'run away|off',
    'walk away|out',
    '(call|ask|shout|scream|look) for help',
    'raise the alarm',
    'tell anyone|anybody|someone|staff|us|police',
    'leave|escape the|that|his|their? flat|address|house|car|van|hotel|room|men|group',
  ],

  /**
   * Freedom of movement read as consent: "was free to come and go", "could
   * have left at any time", "nothing stopping her leaving".
   */
  'choice-free-to-leave': [
    'free to leave|go|come-and-go|walk-away|walk-out',
    'free to come and go',
    'could|can|might|would-have-been-able-to leave|go|walk-away|walk-out at any time|point|stage|moment',
    'could|can leave|go whenever $subj|she|he|they wanted|wants|liked|likes|pleased|pleases|chose|chooses',
    'could|might have left|gone|walked-away|walked-out|said-no|refused|run|run-away|got-out|escaped|called-for-help|asked-for-help|told-someone|told-anyone|phoned-someone|rung-someone',
    'could|might easily|always? have left|gone|walked-away|walked-out|said-no|refused|got-out|escaped|called-for-help|asked-for-help',
    'nothing|no-one|nobody stopping|stopped|prevented|preventing $obj|her|him|them from? leaving|going|walking-away|getting-out',
    'nothing|no-one|nobody to stop $obj|her|him|them leaving|going|walking-away|getting-out',
    '(was|were|is|are) not (locked in|kept there|held there|prevented from leaving)',
    '(was|were|is|are) never (locked in|kept there|held there|prevented from leaving)',
  ],

  /** Verbs of moving somewhere: the head of "walked into the hotel freely", "got into his van herself". */
  'choice-move': [
    '{go}|{walk}|{come}|{get}|{climb}|{jump}|{hop}|{travel}|{return}|{stay}|{leave}|{enter}|{board}|{run}|{head}|{accompany}|{follow}|{arrive}|{visit}|{stroll}|{wander}|{skip}|{trot}',
    '{turn} up',
    '{make} $poss own? way',
  ],

  /** Manner adverbs of a free or willing act: "walked in freely", "went voluntarily". */
  'choice-free-adv': [
    'freely|voluntarily|unprompted|unforced|unaccompanied|consensually|eagerly|readily|keenly',
    // A glad manner read as consent: "went up to the room quite happily", "got in the van cheerfully".
    'quite|very|perfectly|all-too|more-than? happily|gladly|cheerfully|contentedly|enthusiastically|merrily|calmly|casually',
  ],

  /** Places of exploitation the child is said to have gone into: "walked into the hotel freely", "got into the car herself". */
  'choice-exploit-venue': [
    '@det|that|those? car|cars|van|vans|taxi|vehicle|flat|flats|address|house|property|hotel|room|bedroom|trap|bedsit|party|motor|back-seat|front-seat',
    '@choice-exploit-place',
  ],

  /**
   * Words of relish and pleasure: "loves the money", "lapping up the
   * attention", "basks in the status", "flattered by the attention",
   * "chuffed with his cut".
   */
  'choice-relish': [
    '{enjoy}|{like}|{love}|{relish}|{adore}|{savour}|{savor}',
    '{lap}|{soak}|{hoover} up',
    '{bask}|{revel}|{wallow}|{delight}|{glory} in',
    '{thrive}|{feed} on',
    '{get} off on',
    // Craving named as a habit: "hooked on the attention", "addicted to the money".
    'hooked|addicted on|to',
    'flattered|impressed|dazzled|chuffed|thrilled|delighted|excited|seduced|taken|made-up|buzzing|smitten|pleased|happy|content by|with|about',
    'loving|enjoying|liking|relishing',
    'in it|this|that for',
    // Pride and show: "proud of the money", "brags about the gifts", "shows off the phone he bought her".
    'proud of|about',
    '{brag}|{boast}|{gloat} about|of',
    '{show} off',
  ],

  /** The rewards of grooming, as the object of relish: "the attention", "the perks", "his cut", "the lifestyle". */
  'choice-perk': [
    'the|this|that|all|all-the|all-this|all-that|any|some|free|new|extra? attention|money|cash|perks|gifts|presents|treats|freebies|status|kudos|rep|buzz|thrill|excitement|glamour|notoriety|power|respect|lifts|rides|takeaways|weed|drugs|vapes|trainers|clothes|designer-gear|designer-clothes|jewellery|pay|payments',
    '$poss cut|share|earnings|takings|profits|wages|pay|payment|money|cash|status|rep|kudos',
    'the|this|that|$poss? lifestyle|high-life|fast-life|good-life|gang-life|street-life|road-life',
    'the|this|that life|lifestyle',
    'the|$poss? spending|pocket money',
    'being with|around older|adult? men|males|boys|lads|them|him',
    'being (looked after|treated|spoiled|spoilt|made a fuss of) by them|him|older|the-men|the-lads',
    // The gifts and the place in the group: "the new phone he bought her", "the role", "being part of something".
    'the|$poss new? phone|phones|role|position|rank',
    'being part of something|it|the-group|the-gang|the-crew|the-line',
    // A role in the exploitation as the pleasure: "enjoys being the go-between", "loves being the lookout".
    'being the|a|their|his go-between|middleman|middle-man|lookout|look-out|messenger|fixer',
  ],

  /**
   * What a child is given, named as the price of the abuse: "for weed", "for
   * a lift home", "for somewhere to stay", "for a few quid", "for the
   * status".
   */
  'choice-reward': [
    'money|cash|drugs|weed|cannabis|skunk|spice|alcohol|drink|drinks|booze|vodka|vapes|vape|cigarettes|cigs|fags|tobacco|food|takeaways|clothes|trainers|phones|credit|top-ups|lifts|gifts|presents|jewellery|status|protection|accommodation|payment|a-phone|designer-clothes|nails',
    'a|an|some|free|more|$poss? lift|lifts|vape|vapes|phone|drink|smoke|spliff|joint|bed|room|meal|takeaway|tenner|fiver|score|bag|bags|cut|share|new-phone|bottle|money|cash|weed|drugs|trainers|clothes|status|credit',
    // "for the money" is `profit-motive`'s; other prices with "the" are this class's.
    'the lift|lifts|vape|vapes|phone|drink|drinks|smoke|weed|drugs|trainers|clothes|status|credit|gifts|perks|bed|room',
    'a few|couple quid|pounds|quid',
    'a lift|ride home|back',
    'somewhere|a-place|anywhere|a-bed|a-room to stay|sleep|live|crash|go',
    'a bed|place|roof for the night',
    'a roof over $poss head',
  ],

  /** Acts named as traded: the object of "swapping … for", "trading … for". */
  'choice-traded': [
    'favours|favors|sexual-favours|sexual-favors|sex|nudes|pics|pictures|photos|videos|selfies|images|stuff|things|company|kisses|it|oral',
    '$self',
    '$poss body',
  ],

  /** Nouns for a taker-part in a willingness frame: "willing passenger", "eager recruit", "enthusiastic participant". */
  'choice-participant': [
    'participant(s)|party|parties|partner(s)|traveller(s)|traveler(s)|passenger(s)|companion(s)|helper(s)|courier(s)|runner(s)|recruit(s)|accomplice(s)|victim(s)|sidekick(s)|volunteer(s)|player(s)|customer(s)|guest(s)|visitor(s)|girlfriend(s)|member(s)',
  ],

  /** Adjectives of willingness before a taker-part noun: "willing passenger", "keen recruit". */
  'choice-willing-noun-adj': [
    'willing|eager|voluntary|consenting|enthusiastic|keen|complicit|compliant|happy|wholehearted|ready|committed|knowing|full|active|avid|obliging',
  ],

  /** Verbs of trading: "swapping", "trades", "bartered". */
  'choice-trade': ['{exchange}|{trade}|{swap}|{barter}'],

  /** Acts a child is said to do for a reward: the verb of "does it for weed", "carries for a few quid". */
  'choice-paid-act': [
    '{do} it|this|that|stuff|things|favours|favors|anything|whatever|everything|jobs|runs|drops|deliveries',
    '{carry}|{sell}|{deal}|{run}|{hold}|{stash}|{deliver}|{shot}|{graft}|{courier}',
    '{send}|{share}|{post}|{sell} them|@det? pics|pictures|photos|nudes|images|videos|selfies|content',
    '{sleep}|{stay} round|over|at',
  ],

  /** Adjectives of compliance read as agreement: "compliant throughout", "submissive with the men". */
  'choice-compliant-adj': ['compliant|acquiescent|submissive|obedient|docile|passive|biddable|pliant'],

  /** Nouns of wishing after "no": "no wish", "no desire", "little appetite". */
  'choice-wish': ['wish|desire|intention|intentions|plans|plan|appetite|inclination|motivation|urge'],

  /** What a child is said to ask exploiters for: work, runs, shifts, drugs, lifts ("asked them for more work", "for a lift"). */
  'choice-ask-object': ['@choice-ask-work', 'money|cash|lifts|a-lift|a-place-to-stay|somewhere-to-stay'],

  /** Work within exploitation asked for with no one named: "asked for more work", "begged for runs". */
  'choice-ask-work': [
    'more|extra? work|jobs|shifts|runs|drops|deliveries|graft',
    'a|another job|shift|run|drop|delivery',
    'more|some? drugs|gear|product|stock|bags',
  ],

  /** Verbs of going or staying with adults: "goes wiv older lads for drink", "stays at the flat for somewhere to sleep". */
  'choice-hang-verb': [
    '{go}|{hang}|{stay}|{chill}|{party}|{drive}|{ride}|{crash}|{live}|{head}|{run}',
    '{go} off|out|round|about|around',
    '{hang} out|about|around|round',
  ],

  /** Prepositions after `@choice-hang-verb`: "with", "wiv", "round", "at". */
  'choice-with-prep': ['with|wiv|round|around|at|in|into|to'],

  /** Idioms that put the cause of the harm in the child: "her own worst enemy", "doesn't help herself", "made her bed". */
  'choice-self-cause': [
    '$poss own worst enemy',
    '$poss own biggest? (worst enemy|problem)',
    'does|did|do not help $self',
    'not helping $self',
    '{do} $self no|few favours|favors',
    'does|did|do not do $self any favours|favors',
    '{shoot} $self in the foot',
    '{make} $poss own bed',
    '{lie}|{lay}|{sleep} in the bed $subj|they|she|he|you {make}|{have}|has',
    'must|can|will|should|now|has-to|have-to|will-have-to|needs-to|is-going-to-have-to lie|lay in it',
    '{get} carried away',
    '{be} $poss own undoing',
    '{do} nothing|little|very-little to protect|help|safeguard $self',
    '{make} life|things @degree? difficult|hard|harder|worse for $self',
    '{sabotage}|{wreck}|{ruin}|{blow} every|each|another|$poss placement|placements|chance|chances',
  ],

  /**
   * The child as the author or agent of their own harm: "the architect of her
   * own downfall", "facilitates her own exploitation", "made her bed with that
   * crowd and must lie in it". Apart from
   * `@choice-self-cause` because a possessive may be left out in notes, which
   * doubles each of these and would take one class past its size limit.
   */
  'choice-self-author': [
    // The bed made with the exploiters (`@choice-crowd`): "has made her bed with that crowd".
    '{make} $poss own? bed with @det? @choice-crowd',
    '{make} $poss own? bed and (now|will|must|can|should|has-to|have-to|had-to|will-have-to|is-going-to-have-to|needs-to|is-now-lying|now-has-to)? {lie}|{lay}|{sleep} in it',
    'the|$poss author|architect|cause|source|maker of $poss own misfortune|misfortunes|problems|downfall|troubles|difficulties|situation|harm|fate|exploitation|abuse|demise|undoing',
    // The child as the agent of their own exploitation: "facilitates her own exploitation".
    '{facilitate}|{enable}|{fuel}|{perpetuate}|{encourage}|{invite}|{orchestrate}|{instigate} $poss own exploitation|abuse|victimisation|victimization|harm|grooming',
  ],

  /** Idioms of courting harm: "asking for trouble", "playing with fire", "tempting fate". */
  'choice-risk-idiom': [
    '{ask}|{look} for trouble|problems|bother',
    '{play}|{flirt}|{dice} with fire|danger|disaster|death',
    '{court}|{invite}|{attract} danger|disaster|trouble|risk|harm|attention-from-men',
    '{tempt} fate|providence',
    '{skate} on thin ice',
    '{sail} close to the wind',
    '{walk} a (fine|thin|dangerous) line',
    '{be} an accident waiting to happen',
    '{be} heading|riding for a fall',
    '{live} dangerously|on-the-edge',
  ],

  /** A share of blame put equally on child and adults: "six of one and half a dozen of the other", "as bad as each other". */
  'choice-equal-blame': [
    'six of one and half a dozen of the other',
    'six and two threes',
    'it? takes two to tango',
    'as bad|guilty as each other|one-another|the-men|the-lads|the-boys|the-adults|them|him|the-olders|the-elders',
    'as much to blame as',
    'both|all as bad|guilty as each other|one-another',
    'both|all to blame',
    'the|a two-way street|thing',
  ],

  /** Complicity idioms: "in it up to their necks", "in on it", "partners in crime". */
  'choice-complicity': [
    'in it|this|that up to $poss neck|necks|eyeballs|ears',
    'up to $poss neck|necks|eyeballs|ears in it|this|that|crime|the-gang|drugs',
    'knee|neck|waist deep in it|this|that|crime|the-gang|drugs|the-line',
    '{be} in on it|this|that|the-plan|the-whole-thing|the-scam|the-robbery|everything',
    'partner|partners in crime',
    'as guilty as',
    'no innocent|innocents in this|all-this|it',
    '{be} far from|hardly|no innocent|innocents',
  ],

  /**
   * The child as the instigator of the adults' acts: "egged them on", "led the
   * men on", "made the first move", "came on to him", "threw herself at them".
   */
  'choice-instigate': [
    '{egg}|{lead}|{string}|{wind}|{urge}|{spur}|{goad}|{drive} $obj|him|them|each-other|one-another|the-men|the-lads|the-boys|the-males|the-man|older-men|him-and-his-mates on',
    '{make} the first advance|approach|advances',
    '{come}|{came} on-to|onto him|them|the-men|the-lads|older-men|men',
    '{instigate}|{initiate} this|that|the-relationship|the-messaging|the-chat|the-meetings|sexual-contact|the-encounter',
    '{start} the|all-the? contact|sex|relationship|messaging|chat|chats|meetings|flirting',
    '{be} the aggressor|one-who-started-it|one-who-made-the-first-move',
    '{be} predatory|the-predator',
    '{throw} $self at him|them|men|the-men|older-men|the-lads|the-boys',
    '{encourage}|{invite}|{welcome}|{provoke}|{entice}|{tempt}|{seduce}|{lure}|{groom} him|them|the-men|the-man|the-lads|the-boys|the-males|older-men|the-attention|it|their-advances|his-advances',
    '{lead} him|them|the-men|the-lads|the-boys|the-man astray',
    // First contact told as the child's: "she contacted him first", "it was her idea" ("made the first move" is initiated-sex's).
    '{contact}|{message}|{text}|{approach}|{add}|{follow} him|them|the-men|the-man|the-adults first',
    'it {be} $poss idea|suggestion to go|meet|stay|travel|get|come|run|send|see|visit|have|sleep|carry|sell|hold|do',
  ],

  /** Refusal with a stance word: "point blank refuses", "flatly refused", "won't entertain". */
  'choice-refuse-stance': [
    'point-blank|flatly|outright|adamantly|steadfastly|consistently|repeatedly|persistently|continually|continuously|totally|completely|just|simply|still|always|again {refuse}|{decline}',
    '{refuse}|{decline} point-blank|outright|flatly|completely|everything',
    '{choose}|{decide}|{opt}|{elect}|{prefer} not',
    '{choose}|{decide}|{opt}|{elect}|{prefer} again|repeatedly|consistently? not',
    'does|did|do not want|wish to',
    'not|never prepared|willing|interested|bothered|keen|open|ready to',
    'unwilling|unprepared|disinclined|loath|loth|reluctant|resistant|averse to',
    'will|would|does|did|do|can not be bothered to',
  ],

  /** What an exploited child is said to refuse or not do: engage, open up, attend, accept help, name anyone. */
  'choice-engage-object': [
    'engage|participate|comply|open-up|talk|speak|listen|change|accept|engagement',
    'work|talk|speak|meet|deal with @det? @not-the-child|professionals|services|us|anyone|anybody|them|the-plan|support|the-csc|csc|yot|yos|camhs|the-cse-team|the-team|the-worker|social-care|her-worker|his-worker',
    '(accept|take up|have|receive|consider|entertain|get|be-given) @det|any|our|further|more|some? help|support|services|intervention|interventions|offers|input|assistance|advice|referrals|referral|safety-planning|a-plan|a-safety-plan',
    'name|identify anyone|anybody|the-men|the-males|the-adults|them|him|names|who|the-person|the-people|the-perpetrators|the-suspects|the-abuser|the-abusers|the-exploiters',
    'give|provide|share names|details|information|descriptions|any-names|any-details|any-information',
    'attend|keep|come-to|turn-up-to|go-to @det|any? appointments|appointment|sessions|session|meetings|meeting|visits|groups',
    'let us|anyone|professionals|services|workers|staff in|help',
  ],

  /** Gerund objects of non-engagement: "not interested in changing", "no interest in engaging". */
  'choice-engage-ing': [
    'changing|engaging|engagement|support|help|services|working-with-us|working-with-services|talking|speaking|attending|cooperating|co-operating|moving|stopping|getting-help|getting-out|leaving|school|education|the-plan|safety-planning|any-of-it|intervention',
  ],

  /** Doors shut on help: "shut the door on services", "closed the door to every offer". */
  'choice-help-noun': [
    '@det|all|any|every|our? help|support|services|service|offers|offer|professionals|workers|agencies|intervention|engagement|staff|csc|police|us|everyone|everybody|anyone|contact|plan|plans|worker',
    '@det|all|any|every|each? offer(s) of help|support|a-referral|accommodation|intervention',
  ],

  /** Verbs of turning down help: "rebuffs", "turned down", "brushes off". */
  'choice-rebuff': [
    '{rebuff}|{spurn}|{reject}|{refuse}|{decline}|{snub}|{shun}|{resist}|{dismiss}',
    '{turn}|{throw}|{knock} down|back',
    '{brush} off|aside',
    '{push} away',
  ],

  /** Avoiding the professionals: "dodges appointments", "avoids workers". */
  'choice-avoid': ['{dodge}|{avoid}|{evade}|{ghost}|{blank}|{ignore}|{snub}'],

  /** Life-path nouns after a choice: "chose this path", "picked this lifestyle". */
  'choice-path': ['path|life|lifestyle|way-of-life|existence|life-style|world|road'],

  /** Intent adjectives before "on": "hell-bent on going out", "set on going back". */
  'choice-intent-adj': [
    'hell-bent|hellbent|bent|set|intent|fixated|insistent|adamant|determined|dead-set|obsessed',
  ],

  /**
   * Doing as one pleases: "will do what she wants", "does what he likes",
   * "goes where she likes". ("A law unto herself" is a character judgement: troublemaker.)
   */
  'choice-as-pleases': [
    '{do}|{go} what|whatever|where|wherever|as $subj|they|she|he {want}|{like}|{please}|{choose}',
    '{do}|{go} exactly|just what|whatever|where|wherever|as $subj|they|she|he {want}|{like}|{please}|{choose}',
    '{come} and {go} as $subj|they|she|he {please}|{like}|{want}',
    '{come} and {go} whenever|when|wherever $subj|they|she|he {please}|{like}|{want}|{choose}',
    '{please} $self',
  ],

  /** Adverbs of going back regardless: "goes anyway", "returns regardless". */
  'choice-regardless': [
    'anyway|anyhow|regardless|nonetheless|nevertheless|all-the-same|just-the-same|regardless-of-the-risk|regardless-of-advice|irrespective',
  ],

  /** Repetition after a return: "on numerous occasions", "time and again", "time after time". */
  'choice-again-after': [
    'again|repeatedly|regularly|constantly|frequently|routinely|anyway|regardless|every-time|each-time|over-and-over|all-the-time',
    'on numerous|several|many|multiple|repeated|countless|a-number-of|various|two|three|four|five|six|2|3|4|5|6 occasions',
    'on at least _ occasions',
    'time and|after time|again',
    'again and again',
    'over and over again?',
  ],

  /** Adults or groups a child is said to bring in or let in: "lets men into the flat", "brings men back". */
  'choice-men': [
    'men|males|lads|boys|guys|adults|strangers|blokes',
    'older|adult|grown|much-older|random|unknown|different men|males|lads|boys|guys|adults|blokes',
    'a|an older|adult|grown|random|unknown|different? man|male|lad|guy|adult|bloke',
  ],

  /** Unconcern about danger: "blasé", "cavalier", "nonchalant", "not bothered". */
  'choice-unconcerned': [
    'blasé|blase|cavalier|nonchalant|unconcerned|flippant|dismissive|casual|relaxed|laid-back|unbothered|unfazed|unworried|careless|reckless',
    'not bothered|worried|fussed|concerned',
  ],

  /** Danger as the object of knowing or unconcern: "risks", "the dangers", "consequences". */
  'choice-risk-noun': ['risk|risks|danger|dangers|consequence|consequences|threat|threats'],

  /** The exploiters as the company a child is said to have picked: "that crowd", "the olders", "those lads". */
  'choice-crowd': [
    'crowd|lot|group|gang|men|lads|boys|people|olders|elders|them|him|mob|firm|bunch|set|lads',
    'older|adult men|males|lads|boys',
  ],

  /** The exploitation as a scheme a child signs up to: "the deal", "the running", "easy money", "drops". */
  'choice-signup': [
    'it|this|that|deal|deals|scheme|schemes|line|lines|running|runs|drops|deliveries|dealing|grafting|shotting|modelling-work|sugar-daddy|sugar-daddies|sugaring',
    'easy|quick|fast money|cash',
    'easy|quick|fast money|cash deal|scheme|offer|job|jobs',
    'county lines',
  ],

  /** Whatever the adults ask, as what the child does or goes along with: "whatever they ask", "anything he wants". */
  'choice-whatever': [
    'whatever|anything|everything they|he|the-men|the-olders|the-lads|the-group ask|asks|asked|want|wants|wanted|say|says|said|tell|tells|told|demand|demands|demanded',
    'whatever|anything|everything they|he|the-men|the-olders|the-lads|the-group ask|asks|asked|want|wants|wanted|tell|tells|told of? $obj',
  ],

  /** What the child is said to want in on: "wants in on the line", "wanted in on the money". */
  'choice-in-on': ['@choice-goods', 'line|lines|action|deal|deals|game|business|work|money|it|that|this'],

  /** What the child is said to arrange or set up themselves: "arranging it herself", "booked the room himself". */
  'choice-arranged': [
    'it|this|that|everything|all-of-it|all-this|all-that',
    'meet|meets|meet-up|meet-ups|meetup|meetups|pick-up|pick-ups|pickup|pickups|lift|lifts|trip|trips|hotel|hotels|hotel-room|room|rooms|party|parties|sleepover|sleepovers',
  ],

  /** Rhetorical blame questions: "why didn't she leave", "what did she expect", "what was she doing there". */
  'choice-blame-question': [
    'why did|does|do|would|could|had not $subj|you|they|she|he just|simply? leave|go|tell|say|report|stop|block|switch|turn|walk|run|get|call|ask|refuse|speak|scream|fight|resist|delete|come|phone|text',
    'why did|does|do $subj|you|they|she|he keep|go|get|agree|stay',
    'why was|were|is|are $subj|you|they|she|he (there|out|with them|with him|in the car|at the flat|at the address|talking to|on that app|on the app)',
    'what did|does|do|would $subj|you|they|she|he expect',
    'what was|were|is|are $subj|you|they|she|he doing (there|out|with them|with him|in the car|at the flat|at that address|on that app|talking to)',
    'what did|has $subj|you|they|she|he|s/he do wrong',
  ],

  /** What a child "shouldn't have" done: "shouldn't have been on that app", "should not be talking to these people". */
  'choice-should-not': [
    'should|ought not have been on|out|there|at|in|with|talking|messaging|chatting|drinking|using|going|meeting|seeing|sending|hanging|walking|wearing',
    'should|ought not have gone|got|met|sent|shared|trusted|talked|spoken|gone-there|gone-out|been-there|drunk|taken|accepted|added|answered|replied|worn',
    'should|ought not be talking|messaging|chatting|going|hanging|seeing|meeting|sending|out|with|on',
    'should|ought to have said no|stayed home|stayed-in|known-better|been-more-careful|told-someone|blocked',
  ],

  /** Quantities of blame: "a lot of this", "most of it", "much of what happened". */
  'choice-blame-quant': [
    'a-lot-of|lots-of|much-of|most-of|some-of|all-of|half-of|part-of|a-good-deal-of|a-great-deal-of|plenty-of|a-fair-bit-of|more-of|many-of|a-bit-of|the-bulk-of|a-good-part-of',
    'all',
  ],

  /** Drinking or intoxication named as the child's own act: "off her face", "binge drinking", "out of his head". */
  'choice-intoxicated': [
    'off $poss face|head|nut|trolley|tits|box|rocker',
    'out of $poss face|head|tree|skull|box|nut',
    'wasted|hammered|smashed|steaming|mortal|paralytic|legless|plastered|battered|wrecked|trollied|sloshed|stoned|baked|mashed|munted|twatted|pissed',
  ],
} as const satisfies WordClasses

export const conditions = {
  /**
   * The good complements of a volition or choice frame: going home or back
   * to school, staying with foster carers, meeting the ISVA, joining a club,
   * being referred or interviewed ("keen to go back to college", "happy to
   * see her social worker", "insisted on going back to her mum's").
   */
  'choice-good-complement': {
    followedBy: [
      'home|referred|interviewed|seen|safe|supported|helped|heard|help|support|advice|treatment|counselling|vaccinated|examined|assessed|accommodated|moved|placed|tested|school|college|isva|idva|ictg|ictga|advocate|caseworker|therapist|counsellor|psychologist|mentor|camhs|gp|nurse|doctor|dentist',
      'up|back|out|along? with|to|at|in|into|for|on|by $poss|the|a|an? social|foster|youth|support|new|local|old|same|different|other|special|key? worker(s)|keyworker(s)|key-worker(s)|mentor|coach|tutor|teacher(s)|sw|iso|pa|personal-adviser|personal-advisor|officer(s)|police|nurse|advocate|staff|professionals|foster|carer(s)|mum|mother|dad|father|nan|gran|grandma|grandmother|grandad|grandparents|aunt|auntie|sister|brother|school|college|appointment(s)|hospital|clinic|court|refuge|placement|meeting|session(s)|investigation(s)|inquiry|enquiries|services|interview|class|lessons|education|training|course|unit|care|children’s|children|us|me',
      "back? with|to|at|in|into $poss|the? mum's|mum’s|mother's|mother’s|dad's|dad’s|father's|father’s|nan's|nan’s|gran's|gran’s|grandma's|grandma’s|aunt's|aunt’s|auntie's|auntie’s|sister's|sister’s|brother's|brother’s|carers'|carers’|carer's|carer’s|parents'|parents’|family's|family’s",
      'to the police station',
      // "keen to meet staff", "happy to speak to officers": a person after a verb of the frame.
      'police|officers|investigators|staff|professionals and|to|at|about|on|in|this|tomorrow|today|again|next|soon',
      'a|an? good|better|positive|role|member|part|mechanic|nurse|doctor|teacher|footballer|boxer|hairdresser|chef|mum|dad|parent|apprentice|student|pupil|carer|volunteer|leader|captain|prefect',
      'back? to|with|at the|a|an|$poss? dentist|doctor|gp|optician|hairdresser|gym|club|library|church|mosque|temple|gurdwara|cinema|shops|supermarket|park|beach|cinema',
      'to|at|with|in|into|for? a|an|the|$poss? local|new? football|boxing|rugby|netball|dance|drama|cricket|basketball|sports|swimming|music|art|youth|after-school|school|church|community team|club|group|gym|class|course|project|programme|scheme|choir|band|activity|activities|centre',
      'to|at|with|in|into|for|about|on|of? a|an|the|$poss? local|new? club|gym|course|class|cadets|scouts|guides|college|school|apprenticeship|job|training|exams|studies|lessons|placement|foster-placement',
      '$poss|the|a|an? isva|idva|ictg|ictga|advocate|caseworker|therapist|counsellor|psychologist|mentor|camhs|gp|nurse|doctor|dentist|solicitor|lawyer|guardian',
      'back home',
      'back? with|to|at|in|into $poss own? family|parents|siblings|relatives|people',
      'to see|visit $poss|the? mum|mother|dad|father|family|nan|gran|grandma|grandmother|grandad|grandfather|grandparents|aunt|auntie|sister|brother|siblings|cousin(s)|friend(s)|carer(s)|foster|social|worker|teacher|baby|son|daughter',
      'on attending|studying|learning|training|trying|improving|with',
      'back to school|college|class|lessons|education|placement|work|normal|bed|sleep|england|wales|scotland|the-uk',
      'back to $poss|the mum|mother|dad|father|nan|gran|foster|carer(s)|placement|school|college|home|unit',
      '$poss|the|a social|foster|youth? worker|carer(s)|mum|mother|dad|father|nan|gran|aunt|grandparents|advocate|placement|officer(s)|nurse|teacher',
      'the|a|an|some? work|assessment|course|programme|plan|medical|examination|check|test|referral|advocate|statement|interview',
      'part of|in the? plan|support|work',
      // Money earned lawfully: "keen to earn money through an apprenticeship", "from a Saturday job".
      'money|a-living|a-wage|some-money|some-cash|cash|wages through|from|by|via|with|at|in a|an|the|$poss? part-time|weekend|saturday|sunday|summer|holiday|evening|proper|real|legal|new|first|paid? apprenticeship|job|jobs|paper-round|placement|training|traineeship|course|college|shop|cafe|café|salon|garage',
    ],
    within: 1,
  },

  /**
   * A process the child was offered and consented to, named just before:
   * "an STI screen was offered and Leah consented to it", "Info sharing: YP
   * consented".
   */
  'choice-process-before': [
    {
      precededBy: [
        '@process-adjective? @consent-object was|were|is|are|had-been|has-been offered|explained|discussed|suggested|proposed|arranged|requested and',
        'info|information|data sharing|share',
        'consent to|for @det? @process-adjective? @consent-object',
        'referral|nrm|examination|exam|medical|interview|photographs|photos|screen|screening|test|testing|swab(s)',
      ],
      within: 3,
    },
  ],

  /**
   * An agency or provider as the subject just before the frame ("the
   * housing provider has not engaged", "the reviewing officer is difficult
   * to reach"), beyond the shared `professional-subject` words.
   */
  'choice-agency-subject': [
    {
      precededBy: [
        'provider(s)|trust|partnership|board|department|directorate|organisation|organization|charity|landlord|iro|cafcass|solicitor|lawyer|barrister|interpreter|chair|commissioner(s)',
        '@not-the-child|provider(s)|trust|unit|iro|yos|yjs|camhs|csc|cafcass|guardian|solicitor|chair|landlord @be|has|have|had|@degree',
      ],
      within: 1,
    },
  ],

  /**
   * A professional or adult subject just after an opening phrase ("Despite
   * the safety plan, the men continued …", "Knowing the risks, the police
   * moved her"): the frame is about them.
   */
  'choice-other-subject-after': {
    followedBy: [
      'the|a|an|our|two|three|several|both? @not-the-child continued|continue|continues|kept|keep|keeps|still|went|go|goes|have|has|had|were|was|are|is|moved|move|moves|made|make|makes|took|take|takes|contacted|contact|contacts|targeted|target|targets|returned|found|arrested|located|visited|picked|collected|drove|sent|gave|told|decided|agreed|opened|closed|held|put|placed|removed|applied|issued|served|will|would|could|can|did|do|does|must|should|need|needs|acted|intervened|remain|remained',
    ],
    within: 1,
  },

  /** Children or young people in general as the subject ("children who keep going back", "young people who are asking for trouble"). */
  'choice-generic-subject': {
    precededBy: ['@young-people|survivors', '@young-people|survivors who|that'],
    within: 3,
  },

  /**
   * A reason of fear or threat given just after a refusal ("refused to name
   * anyone because of threats", "won't say who out of fear"): the sentence
   * records the control, not the child's obstruction.
   */
  'choice-fear-reason': {
    followedBy: [
      'because|as|since|for|out-of|due-to|owing-to fear|threats|intimidation|reprisals|retaliation|repercussions',
      'because|as|since of? the? fear|threats|intimidation',
      'because|as|since $subj|they|she|he @be|{feel}|{have} @degree? scared|frightened|afraid|terrified|fearful|worried|petrified|threatened|too-scared|too-frightened',
      'because|as|since the|$poss? men|man|males|adults|group|gang|olders|elders|exploiters|abusers|perpetrators @be|{have} @degree? threatened|warned|told',
      'because|as|since $subj|they|she|he|the-men|the-man @be|{have} been? threatened|warned',
      'because|as|since $subj|they|he|the-men|the-man|someone|somebody|the-group|the-gang|the-olders|the-elders threatened|warned|told|scared|hurt|attacked|beat|assaulted|intimidated|stabbed',
    ],
    within: 6,
  },

  /**
   * A place of help or home named just before the frame ("went to the police
   * station of her own accord", "came into school voluntarily"): the child's
   * own good choice.
   */
  'choice-good-place-before': {
    precededBy: [
      'to|into|at|in|from $poss|the|a? police|police-station|station|school|college|hospital|clinic|refuge|placement|unit|gp|surgery|court|office|session|appointment|appointments|meeting|interview|nan’s|nan|gran|gran’s|mum’s|mum|dad’s|dad|grandparents|carers|carer’s|foster-carer|foster-carers|family|class|lessons|club|gym|youth-club|church|mosque|library',
      'police|police-station|station|school|college|hospital|clinic|refuge|placement|unit|gp|surgery|session|appointment|appointments|meeting|interview|class|lessons',
      '{go}|{come}|{return}|{get}|{walk}|{run} back? home',
      '{make} $poss own? way back? home',
    ],
    within: 3,
  },

  /**
   * An interview, an examination or a session as what the child was free to
   * leave or stop ("free to leave the interview at any time").
   */
  'choice-process-after': {
    followedBy: [
      'the|this|that|a|an|$poss? @process-adjective? interview|session|meeting|appointment|assessment|examination|exam|medical|consultation|room|station|police-station|building|unit|placement|programme|course|service|support',
    ],
    within: 2,
  },

  /**
   * A rebuttal just after the frame ("the fact she didn't fight him off
   * changes nothing", "not resisting does not mean she agreed"): the writer
   * is refuting the consent reading.
   */
  'choice-rebutted-after': {
    followedBy: [
      'changes|changed|means|meant|proves|proved|matters|mattered nothing',
      'does|did|do|would not change|mean|matter|prove|make|equal|amount-to|count',
      'is|was|are|were irrelevant|immaterial|meaningless|no-defence|not-consent|not-agreement|not-the-same',
      'is|was|are|were never? no|not evidence|proof|a-sign|an-indication',
      'is|was a|an common|normal|recognised|recognized|typical|known response|reaction|trauma-response|freeze-response',
      'because|as $subj|she|he|they @be|{feel}|{have} @degree? frozen|froze|scared|frightened|terrified|petrified|too-scared|too-frightened|afraid',
      'because|as $subj|she|he|they froze|panicked',
      'out of fear|shock|terror',
    ],
    within: 4,
  },

  /**
   * Others' framing reported, not adopted: the defence's, a suspect's or a
   * defendant's case ("Defence will say she was a willing participant",
   * "the suspect claims she consented").
   */
  'choice-others-case': {
    precededBy: [
      'defence|defense|defendant|defendants|suspect|suspects|accused|perpetrator|perpetrators|he|they will|would|may|might|could|can|are-likely-to|is-likely-to|is-expected-to? {say}|{argue}|{claim}|{suggest}|{contend}|{allege}|{assert}|{portray}|{paint}|{put}|{maintain}|{insist}',
      'defence|defense|defendant|defendants|suspect|suspects|accused|perpetrator|perpetrators|he|they will|would|may|might|could|can? {say}|{argue}|{claim}|{suggest}|{contend}|{allege}|{assert}|{maintain}|{insist} that? $subj|she|he|they|the-child|the-girl|the-boy|the-complainant|the-victim was|were|is|are|had-been|has-been a|an?',
      'defence|defense|defendant|defendants|suspect|suspects|accused|perpetrator|perpetrators|he|they will|would|may|might|could|can? {paint}|{portray}|{present}|{describe}|{characterise}|{characterize} $obj|her|him|them|the-child|the-girl|the-boy|the-complainant as a|an?',
    ],
    within: 1,
  },
  /**
   * Attention, gifts or care from the people who look after the child ("enjoys
   * the attention from her foster carers", "loves the gifts from her nan").
   */
  'choice-good-source': {
    followedBy: [
      'from|of|by|off $poss|the|a|an? social|foster|youth|support|new|local|old|same|different|other|special|key? worker(s)|keyworker(s)|key-worker(s)|mentor|coach|tutor|teacher(s)|sw|iso|pa|personal-adviser|personal-advisor|officer(s)|police|nurse|advocate|staff|professionals|foster|carer(s)|mum|mother|dad|father|nan|gran|grandma|grandmother|grandad|grandparents|aunt|auntie|sister|brother|school|college|appointment(s)|hospital|clinic|court|refuge|placement|meeting|session(s)|investigation(s)|inquiry|enquiries|services|interview|class|lessons|education|training|course|unit|care|children’s|children|us|me',
    ],
    within: 1,
  },
} as const satisfies SharedConditions
