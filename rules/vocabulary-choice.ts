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

  /** Adjectives of readiness or consent: "was willing to carry", "eager to do the drops". */
  'choice-willing-adj': ['willing|eager|prepared|ready|determined|raring|itching|game|agreeable|amenable'],

  /** Verbs of wanting with a to-infinitive: "really wanted to be filmed", "wished to stay". */
  'choice-want': ['{want}|{wish}|{long}|{yearn}|{crave}'],

  /** Verbs of offering or insisting: the child as the one who proposed it. */
  'choice-offer': ['{offer}|{volunteer}|{beg}|{plead}|{ask}|{push}|{insist}|{press}'],

  /** Verbs of deciding: "opted to", "elected to", "made up her mind to" ("chose to" and "decided to" are in `chose-to` itself). */
  'choice-decide': [
    '{opt}|{elect}|{prefer}|{resolve}|{determine}',
    '{make} up $poss mind',
    '{make} $poss own? decision',
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
    'do|make @det|another|more|some|extra? run(s)|drop(s)|trip(s)|journey(s)|delivery|deliveries|job(s)|shift(s)|deal(s)|errand(s)|favour(s)',
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
    'be filmed|photographed|recorded|videoed|pictured|touched|picked|collected|driven|taken|used|around',
    '@choice-domestic',
  ],

  /**
   * The complement of a volition or choice frame after "to": the core
   * `@exploit-act` and the errands, trips, images and company of
   * exploitation ("to take the bag", "to do another run", "to rejoin the
   * group", "to send pictures").
   */
  'choice-act': [
    '@exploit-act',
    '@choice-errand',
    'send|share|swap|trade|post the|some|more|them? @choice-image',
    'pose for|naked|nude|topless',
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
    'run away|off with @choice-exploit-place',
    'keep|continue seeing|meeting|going|selling|carrying|working|visiting',
    'rejoin|re-join @det? group|gang|line|olders|elders|men',
    'work|graft|sell|run for @choice-exploit-place',
    'join the|a|their|his? gang|group|line|olders|elders',
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
  ],

  /** Those an exploited child goes back to: the exploiters and their group ("him", "the olders", "his exploiters", "the 30-year-old"). */
  'choice-exploit-person': [
    'him|them',
    '$poss|the|those? exploiter(s)|abuser(s)|perpetrator(s)|groomer(s)|trafficker(s)',
    'the|those|these|that same? older? men|males|boys|lads|group|gang|elders|olders|adults|crowd|network|people',
    'older|adult men|males|boys|lads',
    'the _ year old(s)',
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
      'home|referred|interviewed|seen|safe|supported|helped|heard|help|support|advice|treatment|counselling|vaccinated|examined|assessed|accommodated|moved|placed|tested|police|officers|investigators|us|me|everyone|staff|professionals|school|college|isva|idva|ictg|ictga|advocate|caseworker|therapist|counsellor|psychologist|mentor|camhs|gp|nurse|doctor|dentist',
      'back? with|to|at|in|into|for|on $poss|the|a|an? social|foster|youth|support|new|local|old|same|different|other|special? worker(s)|officer(s)|police|nurse|advocate|staff|professionals|foster|carer(s)|mum|mother|dad|father|nan|gran|grandma|grandmother|grandad|grandparents|aunt|auntie|sister|brother|school|college|appointment(s)|hospital|clinic|court|refuge|placement|meeting|session(s)|investigation(s)|inquiry|enquiries|services|interview|class|lessons|education|training|course|unit|care|children’s|children|us|me',
      "back? with|to|at|in|into $poss|the? mum's|mum’s|mother's|mother’s|dad's|dad’s|father's|father’s|nan's|nan’s|gran's|gran’s|grandma's|grandma’s|aunt's|aunt’s|auntie's|auntie’s|sister's|sister’s|brother's|brother’s|carers'|carers’|carer's|carer’s|parents'|parents’|family's|family’s",
      'to the police station',
      'a|an? good|better|positive|role|member|part|mechanic|nurse|doctor|teacher|footballer|boxer|hairdresser|chef|mum|dad|parent|apprentice|student|pupil|carer|volunteer|leader|captain|prefect',
      'back? to|with|at the|a|an|$poss? dentist|doctor|gp|optician|hairdresser|gym|club|library|church|mosque|temple|gurdwara|cinema|shops|supermarket|park|beach|cinema',
      'to|at|with|in|into|for? a|an|the|$poss? local|new? football|boxing|rugby|netball|dance|drama|cricket|basketball|sports|swimming|music|art|youth|after-school|school|church|community team|club|group|gym|class|course|project|programme|scheme|choir|band|activity|activities|centre',
      'to|at|with|in|into|for? a|an|the|$poss? local|new? club|gym|course|class|cadets|scouts|guides|college|school|apprenticeship|job|training',
      '$poss|the|a|an? isva|idva|ictg|ictga|advocate|caseworker|therapist|counsellor|psychologist|mentor|camhs|gp|nurse|doctor|dentist|solicitor|lawyer|guardian',
      'back home',
      'back? with|to|at|in|into $poss own? family|parents|siblings|relatives|people',
      'to see|visit $poss|the? mum|mother|dad|father|family|nan|gran|grandma|grandmother|grandad|grandfather|grandparents|aunt|auntie|sister|brother|siblings|cousin(s)|friend(s)|carer(s)|foster|social|worker|teacher|baby|son|daughter',
      'on attending|studying|learning|training|trying|improving|with',
      'back to school|college|class|lessons|education|placement|work|normal|bed|sleep|england|wales|scotland|the-uk',
      'back to $poss|the mum|mother|dad|father|nan|gran|foster|carer(s)|placement|school|college|home|unit',
      '$poss|the|a? social|foster|youth? worker|carer(s)|mum|mother|dad|father|nan|gran|aunt|grandparents|advocate|placement|officer(s)|nurse|teacher',
      'the|a|an|some? work|assessment|course|programme|plan|medical|examination|check|test|referral|advocate|statement|interview',
      'part of|in the? plan|support|work',
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
} as const satisfies SharedConditions
