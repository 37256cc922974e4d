/**
 * Word classes and named conditions for the crime families (see
 * `classes.ts` for the format). Merged into the bundled vocabulary by
 * `rules/index.ts`.
 *
 * Three frames are built here:
 *
 * - the child labelled by a role in the crime done to them (`label`): a
 *   role noun after a child marker (`@crime-child-mod`, `@crime-aged-child`),
 *   a copula or "as", or alone in a field, a cell or a bullet;
 * - the exploitation told as a job or a trade (`criminalising`): a job or
 *   trade verb (`@crime-job-verb`, `@crime-trade-verb`) whose object or
 *   "for" phrase is the drugs or the exploiters (`@crime-drug-object`,
 *   `@crime-exploiter-ref`), and the job's nouns (shifts, an earner, a boss);
 * - an adult abuser told as a romance (`sexualising`): a partner noun
 *   (`@romance-partner-noun`), a feeling (`@romance-feeling`), a dating verb
 *   or a sexual act whose other party is an adult (`@romance-adult-ref`), and
 *   sexual traits given to the child (`@sexual-trait-adj`).
 */
import type {SharedConditions, WordClasses} from '../src/types.js'

const numbers = (from: number, to: number, suffix = ''): string =>
  Array.from({length: to - from + 1}, (_, i) => `${from + i}${suffix}`).join('|')

export const classes = {
  /** Ages of an adult, as written in "a 22-year-old", "Adam (26)", "a 22 y/o". */
  'crime-adult-age': [numbers(18, 99)],

  /** Ages of a child. */
  'crime-child-age': [numbers(10, 17)],

  /**
   * An age unit after the number: "22-year-old", "22 yrs old", "22 y/o" (a
   * phrase cannot cross the slash, so "y/o" is read up to its "y"), "22yo".
   */
  'crime-age-unit': ['year|years|yr|yrs old?', 'y|yo|yrs|yr'],

  /** Someone given an adult age: "22-year-old", "22 y/o", "19yo". */
  'crime-aged-adult': ['@crime-adult-age @crime-age-unit', numbers(18, 99, 'yo'), numbers(18, 99, 'yrs')],

  /** Someone given a child's age: "15-year-old", "16 y/o", "14yo". */
  'crime-aged-child': ['@crime-child-age @crime-age-unit', numbers(10, 17, 'yo')],

  /**
   * Words that mark the person a role noun names as a child ("a teenage
   * dealer", "YP offender", "16 y/o perpetrator"). A phrase cannot cross the
   * slash of "y/o", so its "o" stands for it; `crime-label-other` skips it
   * after an adult age ("22 y/o dealer").
   */
  'crime-child-mod': [
    'child|children|young|teenage|teen|juvenile|adolescent|underage|under-age|schoolboy|schoolgirl|school-age|youth|yp|boy|girl|o',
    '@crime-aged-child',
  ],

  /**
   * Offender nouns for the crime done through the child: fraud, laundering,
   * theft ("a fraudster", "a cash-out guy", "a crook").
   */
  'crime-offender-role': [
    'fraudster(s)|scammer(s)|launderer(s)|money-launderer(s)|crook(s)|con-artist(s)|conman|conmen|hustler(s)|racketeer(s)',
    'cash-out|cashout guy|guys|man|men|boy|boys|lad|lads|kid|kids|girl',
  ],

  /** Nouns for an offender. */
  'crime-offender-noun': ['offender|perpetrator|criminal'],

  /** Events a gang label may describe instead of a person ("gang-related violence", "the stabbing was gang-related"). */
  'crime-event-noun': [
    'violence|crime|crimes|incident|incidents|stabbing|stabbings|shooting|shootings|attack|attacks|assault|assaults|murder|murders|killing|killings|death|deaths|injury|injuries|robbery|robberies|fight|fights|disorder|dispute|disputes|feud|feuds|tension|tensions|conflict|conflicts|rivalry|offence|offences|offending|activity|activities|harm|exploitation|graffiti|debt|debts|threat|threats',
  ],

  /** Other things a gang label may describe ("gang-related concerns", "gang-linked intelligence"). */
  'crime-topic-noun': [
    'intelligence|issue|issues|matter|matters|case|cases|reason|reasons|motive|material|content|music|drill|video|videos|territory|postcode|postcodes|area|areas|risk|risks|concern|concerns|weapon|weapons|knife|knives|work|unit|team|teams|project|projects|programme|programmes|service|services|policy|strategy|list|matrix|database',
  ],

  /** Nationalities a trafficked child is named by before a status label ("a Vietnamese illegal"). */
  'migrant-nationality': [
    'vietnamese|albanian|eritrean|sudanese|afghan|iraqi|iranian|kurdish|syrian|romanian|nigerian|chinese|indian|pakistani|bangladeshi|somali|ethiopian|egyptian|libyan|turkish|moroccan|algerian|polish|bulgarian|lithuanian|slovak|czech|ghanaian|gambian|foreign|kosovan|ukrainian|yemeni|chadian|guinean',
  ],

  /** Drugs as the object of a trade verb ("selling cannabis", "dealing Class A"). */
  'crime-drug-object': [
    'drugs|cannabis|weed|skunk|grass|crack|heroin|cocaine|coke|ketamine|ket|spice|pills|ecstasy|mdma|wraps|class-a|class-b',
    'class-a|class-b|hard drugs',
    'crack and heroin',
    'crack cocaine',
    'the|some|$poss drugs|wraps|cannabis|weed|pills',
  ],

  /** Verbs of trading in drugs (the child as a trader in their own right). */
  'crime-trade-verb': [
    '{sell}|{deal}|{push}|{supply}|{trade}|{shot}|{flog}|{peddle}|{shift}|{punt}',
    'traffic|traffics|trafficking|trafficked',
  ],

  /**
   * The exploiters, as the "for" of a job or a trade: "for the elders", "for
   * the Eastside boys", "for a man called Dre", "for them".
   */
  'crime-exploiter-ref': [
    'the|a|an|$poss|some|those|these elders|olders|gang|gangs|line|lines|crew|firm|ocg|network|group|dealer|dealers|boss|bosses|man|men|guy|guys|male|males|lads|boys|mandem|youngers|organisation',
    'the|a|an|$poss|some|those|these older|adult boys|lads|males|men|man|male|guy|guys|ones',
    'the|a|an|$poss drug|drugs dealer|dealers|gang|gangs|line|network',
    'the|a _ _? lot|boys|lads|crew|gang|line|mob|olders|elders|mandem|network|ocg',
    'elders|olders|dealers|gangs|older-boys|older-males|older-men|older-lads|older-guys|older-ones|ocg|ocgs|crews|county-lines',
    // Street names for the exploiters ("for the local hoods", "for a Merseyside outfit").
    'the|a|an|$poss|some local|older|big? hoods|gangsters|villains|outfit|syndicate|mob|mobsters|racketeers|traffickers|pimps',
    // A pimp or a madam as the one a child "works for".
    'the|a|an|$poss pimp|pimps|madam',
    'a|an|the _ _? outfit|syndicate|mob|racket',
    // A group named by where it is from ("for the Bulgarians", "for the Londoners").
    'the albanians|bulgarians|romanians|vietnamese|chinese|turks|kurds|lithuanians|poles|slovaks|scousers|londoners|mancs|brummies|geordies|cockneys|brummie-lads|london-boys|london-lads',
  ],

  /** A gang as the company a child is said to keep ("a gang", "known nominals", "the Hillside crew"). */
  'crime-gang-ref': [
    'a|the|known|local|rival|street|older|adult? gang|gangs|gang-members|gang-nominals|nominals|ocg|ocgs|crew|crews',
    'the _ _? gang|gangs|crew|ocg|boys|lot',
  ],

  /**
   * What a child is said to carry, hold or keep for the exploiters as stock
   * of the trade ("stores drugs and cash for the group", "minding the stash
   * for them"). Not a weapon: "holding the knife for the older boys" records
   * what the child was made to do.
   */
  'crime-carried-object': [
    'the|a|an|$poss|some? drugs|cash|money|stash|parcel|parcels|package|packages|wraps|food|product|gear|takings|burner|burners',
    '@crime-drug-object',
  ],

  /** Verbs of carrying or keeping a thing for someone ("holding", "stashing", "minding"). */
  'crime-carry-verb': [
    '{carry}|{hold}|{stash}|{store}|{mind}|{hide}|{keep}|{move}|{deliver}|{transport}|{ferry}',
  ],

  /** Verbs of working: the exploitation told as a job ("grafting for the olders"). */
  'crime-job-verb': ['{work}|{graft}|{hustle}|{grind}|{trap}|{shot}', '{bag}|{cut}|{weigh} up?'],

  /** A unit of work a child is said to be paid by ("£20 per drop", "paid per run"). */
  'crime-job-unit': [
    'shift|shifts|drop|drops|run|runs|delivery|deliveries|trip|trips|job|jobs|parcel|parcels|package|packages|bag|bags|deal|deals',
  ],

  /** What a child is said to do as a job ("doing drops", "running errands"). */
  'crime-job-task': ['runs|drops|deliveries|jobs|errands|favours|bits|shifts'],

  /** Places where a sexually exploited child is said to work ("works the ring road", "works from hotels"). */
  'crime-street-place': [
    'street|streets|road|roads|ring-road|beat|corner|corners|patch|strip|kerb|kerbs|lay-by|lay-bys|red-light|docks|truck-stop|truck-stops|clubs|bars|hotels|station|area|district',
  ],

  /** Places a child is said to work from ("works from Airbnb flats", "out of a trap house"). */
  'crime-work-base': [
    'the|a|an|$poss _? flat|flats|hotel|hotels|hotel-rooms|airbnb|airbnbs|apartment|apartments|address|addresses|trap|trap-house|trap-houses|bando|bandos|house|houses|car|cars',
    'airbnb|hotel|trap|rented|other|different|various|empty|short-let|holiday? flats|hotels|rooms|hotel-rooms|airbnb|airbnbs|apartments|addresses|trap-houses|houses|bandos|cars',
  ],

  /** Verbs of being found doing a thing ("caught dealing", "seen selling"). */
  'crime-caught-verb': ['caught|seen|spotted|filmed|observed|found|witnessed|clocked'],

  /**
   * What an adult named by a label noun does to the child ("the dealer
   * threatened him"). Not what an exploited child is made to do (hold,
   * carry, collect, sell), which a child labelled by the same noun also does.
   */
  'crime-actor-verb': [
    '{threaten}|{force}|{make}|{drive}|{give}|{tell}|{groom}|{exploit}|{pay}|{pick}|{attack}|{stab}|{beat}|{assault}|{rape}|{abuse}|{recruit}|{control}|{order}|{send}|{visit}|{contact}|{message}|{use}|{target}|{approach}|{offer}|{lock}|{traffic}|{hit}|{punch}|{kick}|{chase}|{grab}|{snatch}|{mug}|{rob}|{coerce}|{trick}|{lure}|{kidnap}|{hurt}|{injure}|{intimidate}|{blackmail}|{bully}',
  ],

  /** The child's relatives and other adults around them, as the subject of a label ("his brother is a dealer"). */
  'crime-relative-noun': [
    'brother|stepbrother|cousin|uncle|father|dad|stepfather|stepdad|mother|mum|stepmother|stepmum|aunt|parent|parents|carer|carers|boyfriend|partner|husband|wife|neighbour|landlord|lodger',
    "brother's|cousin's|uncle's|father's|dad's|mother's|mum's|aunt's|sister's|friend's partner|boyfriend|girlfriend",
  ],

  /** Adults as the subject of a label ("the man is a dealer", "the exploiters are gang members"). */
  'crime-adult-noun': [
    'man|men|adult|adults|male|males|woman|women|perpetrator|perpetrators|suspect|suspects|exploiter|exploiters|abuser|abusers|elder|elders|olders|trafficker|traffickers',
    "man's|men's|adult's|adults'|perpetrator's|perpetrators'|offender's|offenders'|suspect's|suspects'|abuser's|abusers'|exploiter's|exploiters'",
  ],

  /**
   * Modifiers that make a role noun a standing label for the child ("a
   * known dealer", "an established runner", "a trusted courier", "a
   * budding gangster").
   */
  'crime-label-mod': [
    'known|notorious|established|regular|prolific|trusted|reliable|experienced|seasoned|active|habitual|committed|proper|typical|hardened|full-blown|fully-fledged|wannabe|aspiring|budding|would-be|up-and-coming|part-time|full-time|little|key|senior|junior|willing|keen|natural|born|right|real|genuine|actual',
    'street-level|low-level|small-time|mid-level|high-level|entry-level',
  ],

  /**
   * The child's own younger peers, as the ones a child is said to bring in,
   * boss or move ("the younger girls", "kids from London", "new boys").
   */
  'crime-other-kids': [
    'the|other|some|more|two|three|several|new|vulnerable|local|$poss? younger|other|new|vulnerable|local? girls|boys|kids|children|ones|lads|lasses|youngsters|young-people|pupils|residents|peers|friends|mates|classmates|runners|youngers|tinies',
    'the|other|some|more|two|three|several|new? younger|other|new|vulnerable|local? kids|children|girls|boys from|at _',
    'them|others',
  ],

  /**
   * The child's own friends and relatives, as the ones a child is said to
   * draw in ("her mates", "his little brother", "a friend from school").
   */
  'crime-peer-ref': [
    '$poss|a cousin|cousins|brother|brothers|little-brother|younger-brother|sister|sisters|little-sister|younger-sister|friend|friends|mate|mates|best-friend|best-mate|classmate|classmates|girlfriend|peers|pals',
    'other|more kids|children|girls|boys|lads|friends|mates',
  ],

  /** A child's younger peers, bare or with a determiner, but not "them" ("younger kids", "the new girls"). */
  'crime-younger-kids': [
    'the|other|some|more|two|three|several|new|$poss? younger|youngest|newer|other|new|junior|little|smaller kids|boys|girls|children|ones|lads|runners|youngers|tinies|lot',
    // Younger pupils by year group: "two Year 8s", "some Y7s", "the year sevens".
    'the|other|some|more|two|three|four|five|several|a-few|a-couple-of? year|yr 5s|6s|7s|8s|9s|sevens|eights|nines',
    'the|other|some|more|two|three|four|five|several|a-few|a-couple-of? y5s|y6s|y7s|y8s|y9s',
  ],

  /**
   * Nouns for a boss or a manager: the child put in charge of other
   * children ("acted as the gaffer over the younger ones").
   */
  'crime-boss-noun': [
    'boss|gaffer|manager|supervisor|foreman|overseer|ringleader|leader|head|kingpin|top-dog|top-boy|main-man|big-man|big-boss|head-honcho|honcho|lieutenant|second-in-command|number-two|organiser|organizer|controller|captain|chief',
  ],

  /**
   * The exploitation told as a career: promotion, ranks and rungs ("has been
   * promoted to the phone", "moved up from the bottom rung", "worked his
   * way up the ranks", "earned his stripes").
   */
  'crime-career-step': [
    '{get}|{be} promoted',
    '{move}|{work}|{climb}|rise|rises|rose|risen|rising|{step}|{go}|{make} $poss? way? up|through the ranks|ladder|chain|food-chain|pecking-order|hierarchy|tiers|levels',
    '{move}|{step}|{go}|{come}|{climb} up from the bottom|lowest|first rung|tier|level|rank',
    '{move}|{step}|{go}|{climb} up a|another rung|tier|rank|notch',
    'the|a|$poss bottom|lowest|first|next|top|higher|upper rung|rungs',
    '{earn}|{get}|{win} $poss stripes',
    '{get}|{earn}|{win} a promotion',
    '{be} given a promotion',
    '{work}|{climb}|{fight}|{make} $poss way up to the top',
  ],

  /**
   * The effort of a job ("puts in the hours", "the hours he puts in", "on
   * the clock", "grafts hard for it").
   */
  'crime-job-effort': [
    '{put} in the|long|the-long|$poss hours|graft|shifts|work',
    '{put} the|$poss hours|graft|shifts in',
    // Starts at the noun ("he's earned it the hours he puts in"): a condition reads the word before.
    'hours|graft|shifts $subj {put} in',
    '{work}|{graft} hard for it|every-penny',
    '{work}|{graft} hard for $poss|the money|cash',
    '{be} on the clock',
  ],

  /** The pay of a job ("well paid", "paid handsomely", "earned every penny"). */
  'crime-job-pay': [
    '{be}|{get} well|handsomely|generously|nicely|decently|richly paid',
    '{be}|{get} paid well|handsomely|generously|nicely',
    '{get} paid good|decent|proper|serious|big money',
    '{earn} every penny|pound|quid',
    // The pay as a fortune: "making a fortune on the line", "raking it in", "flush with cash".
    '{make} a fortune|killing|mint|packet|bomb|bundle',
    '{rake} it in',
    '{be}? flush with cash|money',
  ],

  /** Hearsay before a claim about the child ("said to be", "believed to be", "known to be"). */
  'crime-hearsay-to': [
    'said|believed|thought|known|reported|understood|rumoured|alleged|suspected|considered to',
  ],

  /** Small money a child is said to be given ("pocket money", "a few quid", "a bit of cash"). */
  'crime-small-money': [
    'pocket|spending|easy|quick|extra|good|decent money|cash',
    'a few|couple-of quid|pounds|bob|notes',
    'a bit of|some|extra money|cash|dosh',
    'a tenner|fiver|wage|cut|bung|backhander',
    'tenners|fivers|wages|money|cash',
  ],

  /** Slang verbs of dealing that need no object ("out grafting", "caught shotting"). */
  'crime-trade-ing': [
    // Not the slang verbs: grafting and hustling are the job idiom (working-for),
    // trapping and shotting the exploiters' slang (trapping).
    'dealing|juggling|serving|pushing|peddling|supplying|flogging|grinding',
  ],

  /**
   * The trade or the job named by one word, as typed into a field, a cell or
   * a bullet ("Concerns: dealing, carrying", "- grafting for olders").
   */
  'crime-list-act': [
    'dealing|shotting|juggling|grafting|hustling|trapping|peddling',
    // The trade and the offending by their plain names ("Concerns: supplying", "- reoffending");
    // not "selling", which the list test cannot tell from "out selling raffle tickets".
    'supplying|reoffending|re-offending|muling|drug-running|cuckooing',
  ],

  /** Offences a child is said to take part in: "took part in a robbery", "party to the burglary". */
  'crime-offence-noun': [
    'robbery|robberies|burglary|burglaries|theft|thefts|stabbing|stabbings|attack|attacks|assault|assaults|offence|offences|crime|crimes|shoplifting|fraud|mugging|muggings|supply|dealing|drug-supply|drugs-supply',
  ],

  /** Quarrels between equals: "falling out", "squabble", "scuffle", "tiff". */
  'falling-out-noun': [
    'falling-out|falling-outs|fall-out|squabble|squabbles|scuffle|scuffles|tiff|tiffs|spat|spats|bust-up',
  ],

  /** Words that present dealing as suspected or likely ("suspected dealing", "poss dealing"). */
  'crime-suspect-adj': [
    'suspected|possible|poss|likely|probable|presumed|apparent|believed|obvious|clear|active|ongoing|regular|persistent|frequent',
  ],

  /**
   * What may follow a lone "b" or "g" that is not the "f" of "b/f" or "g/f"
   * ("her B and C grades", "his b-day", "B&Q"). The tokeniser splits "b/f"
   * at the slash, so a phrase can only reach its "b".
   */
  'romance-slash-not-f': ['day|days|q|tec|btec|grade|grades|c|d|12|positive|negative|stream'],

  /** Partner nouns that make an adult the child's romantic partner. */
  'romance-partner-noun': [
    'boyfriend|girlfriend|bf|gf|partner|lover|fella|feller|bloke|beau|squeeze|sweetheart|hubby|fiance|fiancee',
    'boy|girl friend',
    'other half',
  ],

  /** What makes a partner noun name an adult ("older boyfriend", "grown-up partner"). */
  'romance-age-mod': [
    'older|adult|much-older|grown-up|grown|mature|middle-aged|twenty-something|thirty-something',
    // An adult age as the modifier: "her 24-year-old partner", "22yo boyfriend".
    '@crime-aged-adult',
  ],

  /** The child's feelings for an adult told as romance ("besotted", "smitten", "in love"). */
  'romance-feeling': [
    'besotted|infatuated|smitten|enamoured|enamored|lovestruck|love-struck|head-over-heels|loved-up',
    'in love',
    'madly|deeply|totally|completely|hopelessly in love',
  ],

  /**
   * A crush or fixation with its own preposition, waiting for the adult
   * after it ("obsessed with", "fixated on", "sweet on", "mad about").
   */
  'romance-fixation': [
    'obsessed|besotted|infatuated|smitten|enamoured|enamored|lovestruck|love-struck with|by|over',
    'fixated|hooked|sweet|soft|keen|gone|stuck on',
    'obsessed|fixated with|over',
    'potty|gaga|dotty|nuts|crazy|mad|wild|soppy about|over',
    'head over heels for|with|over',
  ],

  /**
   * Devotion idioms for the child's feelings about an adult ("worships the
   * ground he walks on", "thinks the world of him", "hangs on his every word").
   */
  'romance-devotion': [
    '{worship}|{kiss} the ground $subj {walk}|{stand} on',
    '{think} the world of him|them',
    // The pair told as a devoted couple: "the pair appear devoted to each other", "they seem very much in love".
    'devoted|committed|loyal to each-other|one-another',
    '{seem}|{appear}|{look} @degree? much? in love',
    'very much in love',
    '{hang} on $poss every word',
    '{dote} on him',
    'would do anything for him',
  ],

  /** Touching and kissing verbs, as what a child is said to do to an adult ("kissing and cuddling the 30yo"). */
  'sex-touch-verb': [
    '{kiss}|{cuddle}|{snog}|{touch}|{fondle}|{caress}|{grope}|{straddle}|{stroke}|{seduce}|{undress}',
    '{kiss}|{cuddle}|{snog}|{touch}|{fondle}|{caress}|{stroke} and {kiss}|{cuddle}|{snog}|{touch}|{fondle}|{caress}|{stroke}',
    '{flirt} with',
    '{grind} on|against|up-against',
  ],

  /** What a child is said to trade sex for ("for weed", "for a place to stay", "for vapes"). */
  'sex-trade-goods': [
    'weed|drugs|cannabis|skunk|coke|pills|ket|money|cash|vapes|fags|cigarettes|alcohol|drink|booze|vodka|lifts|food|credit|phone-credit|gifts|presents|clothes|trainers|rent|a-bed|somewhere-to-stay|a-place-to-stay|a-roof|a-lift|a-phone|protection|a-vape|a-drink|a-smoke|a-spliff|a-joint|nothing',
    'a few|couple-of quid|pounds|cans|drinks',
  ],

  /** Sex-trade idioms for a child's sexual exploitation ("on the game", "turns tricks", "sells herself"). */
  'sex-trade-idiom': [
    '{be}|{go}|{end} up? on the game|beat|stroll',
    '{be}|{go} back out? on the game|beat|stroll',
    '@crime-caught-verb back|out? on the game|beat|stroll|streets|street-corner',
    'back|out on the game',
    'back out? on the beat|stroll',
    '{work} the beat|game|kerb|stroll|strip|streets|hotels|truck-stops|lay-bys|car-parks|punters',
    '{turn} tricks|a-trick',
    '{sell} $self',
    '{sell} $poss body|services|favours',
    '{rent} $self out',
    '{do}|{give}|{offer}|{provide} sexual|sex favours|favors|services for|to',
    '{do}|{give}|{offer} favours|favors for|to them|him|men|punters|clients|customers|older-men|the-men|adult-men|the-lads|older-lads',
    '{do} business out of|from|at|with|on|in',
    '{entertain} men|males|gentlemen|punters|clients|visitors|guests|customers|older-men|the-men|adult-men|male-visitors|male-guests',
  ],

  /** Adjectives that make contact between a child and an adult a relationship ("online", "secret"). */
  'romance-rel-adj': [
    'online|secret|serious|mutual|loving|exclusive|steady|long-term|long-standing|committed|proper|genuine|real|consentual|boyfriend-girlfriend|two-way|equal|adult',
  ],

  /** Adult people as the other party of dating or sex ("the manager of the takeaway", "older men", "the lodger"). */
  'romance-adult-noun': [
    'man|men|male|males|guy|guys|bloke|blokes|adult|adults|gentleman|gentlemen|fella|fellas|elder|elders|olders',
    'manager|owner|boss|driver|drivers|cabbie|landlord|lodger|neighbour|dealer|dealers|teacher|coach|tutor|instructor|shopkeeper|stepdad|stepfather|uncle|doorman|bouncer|barman|chef|mechanic|soldier|worker|workers|employee|colleague|friend-of-the-family',
    'taxi|cab|delivery|van|lorry|bus driver|drivers',
    'security guard',
  ],

  /**
   * An adult as the other party of dating or sex: "older men", "a
   * 30-year-old", "her football coach", "a man in his twenties". Not "him"
   * or "them", which professionals also see, meet and visit.
   */
  'romance-adult-ref': [
    'the|a|an|this|that|these|those|$poss|two|three|several|many|different|various|some|other? older|adult|grown|much-older|married|local|football|pe|youth|private|driving? @romance-adult-noun',
    'a|an|the @crime-aged-adult',
    'a|an? man|men|guy|guys|male|males|woman|women in $poss twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s',
    // A relative of someone else: "her friend's dad", "a neighbour's husband".
    "$poss|a|the? friend’s|friend's|mate’s|mate's|neighbour’s|neighbour's|cousin’s|cousin's|sister’s|sister's|aunt’s|aunt's dad|father|stepdad|uncle|brother|husband|boyfriend|partner|son|lodger",
    // Boys and lads only when the text makes them older: "the older lads", "two adult boys".
    'the|a|an|these|those|$poss|two|three|several|some|other? older|adult|grown|much-older lad|lads|boy|boys|lot',
  ],

  /**
   * A man or woman as the one a child is "seeing" ("seeing an older man",
   * "seeing a 22-year-old"): not a manager, teacher or doctor, whom children
   * also see.
   */
  'romance-man-ref': [
    'a|an|this|that|the|some|another|other? older|adult|grown|much-older|married|local? man|male|guy|bloke|fella|woman|lady',
    'older|adult|grown|much-older|married men|males|guys|blokes|women',
    'a|an|the? @crime-aged-adult',
    'a|an|two|three|several|some|older? man|men|guy|guys|male|males|woman|women in $poss twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s',
    // "in a stable relationship with one man": a single adult counted.
    'one older|adult? man|male|guy|bloke|fella',
  ],

  /**
   * Traits that make abuse the child's own sexuality ("sexually aware",
   * "sexually confident"). "Mature", "developed" and "precocious" are left
   * to the adultification and judgemental rules that already name them.
   */
  'sexual-trait-adj': [
    'active|experienced|aware|knowing|knowledgeable|advanced|forward|confident|savvy|adventurous|liberated|available|provocative',
  ],
} as const satisfies WordClasses

export const conditions = {
  /**
   * Someone else's wording, followed by a request to correct it: "the officer
   * wrote that she had been 'entertaining men'; the social worker has asked
   * for the record to say …". The words are reported to be changed.
   */
  'crime-correction-cue': {
    followedBy: [
      'has|have|had asked|requested|wants|wanted for? the|this|that|these|those|her|his? record|records|wording|entry|entries|minutes|file|note|notes|phrase|words|language|report',
      'has|have|had asked|requested that? this|the|that|it be changed|corrected|amended|removed|replaced|reworded|rewritten',
    ],
    within: 8,
  },

  /**
   * A label noun followed by something a person does to the child: the
   * noun names the adult ("the dealer took his phone", "gang members who
   * threatened him", "the enforcer was charged").
   */
  'crime-label-actor': {
    followedBy: [
      '@crime-actor-verb',
      'had|have|has|then|later|also|repeatedly|often|may|can|will|would|typically|usually|commonly|sometimes|frequently|regularly|allegedly|reportedly @crime-actor-verb',
      'have|has|had|was|were|are|is been? charged|arrested|convicted|sentenced|jailed|remanded|identified|prosecuted|investigated|interviewed|named',
    ],
  },

  /** The same in a relative clause: "gang members who threatened him". */
  'crime-label-actor-who': {followedBy: ['who|that @crime-actor-verb|{steal}|{take}']},

  /**
   * "used as a drug runner by the line", "exploited as a lookout": the
   * exploitation frame says what was done to the child, as the NRM form's
   * own "used as a drug mule" does.
   */
  'crime-label-used-as': {
    precededBy: ['{use}|{exploit}|{groom}|{force}|{make}|{employ}|{put}|{recruit} $obj|_? as a|an|their|the'],
    within: 2,
  },

  /**
   * A checklist question, not an assertion: "Is YP a gang member? No."
   * (a question is a fact about what was asked).
   */
  'crime-label-question': {
    precededBy: [
      'is|was|are|were|has|have yp|pv|he|she|they|child|the-child|kai|the-young-person been? a|an|the|part-of|in|involved-in?',
    ],
  },

  /**
   * The other person is a peer: "a boy in her class", "of her own age",
   * "a girlfriend in her year group", "a peer boyfriend".
   */
  'romance-peer': [
    {
      followedBy: [
        'a|another|the|one? boy|girl|lad|lass|classmate|peer|pupil|student|teenager|boys|girls|lads|classmates|peers',
        'of|around|about? (the same|her own|his own|their own|a similar|similar) age',
        // "in a relationship with a woman his own age": a partner of the subject's own age.
        'a|an|another? woman|man|lady|guy|bloke|person|adult of|around|about? (the same|her own|his own|their own|a similar|similar) age',
        'in|at|from $poss|the year|class|form|school|college|tutor|year-group',
      ],
      within: 2,
    },
    {precededBy: ['peer|same-age|schoolboy|schoolgirl|teenage|teen'], within: 1},
  ],

  /** A label noun as the agent of what was done to the child ("exploited by a gang member"). */
  'crime-label-agent': {
    precededBy: [
      'exploited|groomed|controlled|targeted|threatened|recruited|used|trafficked|abused|attacked|stabbed|assaulted|robbed|raped|taxed|held|kept|sent|driven|collected|approached|contacted|paid|owned|employed|run by',
    ],
  },

  /**
   * A label after a copula whose subject is someone else: an adult age
   * ("Deano, 24, is a dealer"), or a relative or adult noun just before
   * ("his brother is a dealer", "her mother's partner, who is a dealer").
   * The referent guard reads a copula before a label, but not one inside
   * the phrase ("{be} a dealer"); this condition covers those phrases.
   */
  'crime-label-other': [
    // "Deano, 24, is a dealer", "Dre, 24, a drug dealer from Liverpool", "a 26 y/o dealer".
    {precededBy: ['@crime-adult-age', '@crime-adult-age y|yr|yrs'], within: 2},
    {precededBy: ['@crime-relative-noun', '@crime-adult-noun'], within: 2},
    // "The dealer, Deano (24), was arrested": an adult age on the name after it.
    {followedBy: ['@crime-adult-age'], within: 2},
    // "a known dealer in his thirties", "a dealer aged about 30".
    {
      followedBy: [
        'in $poss twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s|late-teens|late-20s|mid-20s|early-20s|early-30s|mid-30s|late-30s',
        'aged|age|approx|approximately|about|around|roughly @crime-adult-age',
      ],
      within: 3,
    },
    // "The lads are 19 and 21 and one of them is a known dealer": a member of a group named before.
    {precededBy: ['one|two|both|each|either|neither|some|all|many|most of them|whom|these|those'], within: 3},
  ],

  /**
   * Children or people in general as the subject ("children may be made to
   * sell drugs", "young people who are recruited"): a statement about
   * children as a group, not about this child.
   */
  'crime-generic-subject': [
    'crime-children-may',
    {precededBy: ['children|people|victims|youngsters|teenagers|adolescents|minors|individuals']},
  ],

  /**
   * Children in general with a modal or a present verb ("children may be
   * paid", "young people who are offered a cut"): said of children as a
   * group.
   */
  'crime-children-may': {
    precededBy: [
      'children|people|victims|youngsters|pupils|teenagers|adolescents|minors|boys|girls|students|individuals may|can|could|might|will|often|also|sometimes|commonly|typically|frequently|are|being|who',
    ],
  },

  /**
   * A relative or an adult near the child as the subject of the label ("her
   * brother is a dealer", "his cousins were gang members", "her boyfriend
   * has been a young offender"): the label is about them.
   */
  'crime-relative-is': {
    precededBy: [
      'brother|brothers|cousin|cousins|stepbrother|stepfather|stepdad|boyfriend|partner|neighbour|landlord|uncle is|was|are|were|been',
    ],
    within: 3,
  },

  /**
   * A trade or gang label followed by something the person did to the child
   * or by what the police did to them ("the dealer threatened him", "gang
   * members who beat him", "the dealer was arrested"): the label names an
   * adult. The word list of `drug-dealer` and `gang-member`, narrower than
   * `crime-label-actor` and `crime-label-actor-who`.
   */
  'crime-trade-label-actor': {
    followedBy: [
      '{threaten}|{force}|{make}|{take}|{drive}|{give}|{tell}|{groom}|{exploit}|{pay}|{supply}|{collect}|{pick}|{attack}|{stab}|{beat}|{assault}|{rape}|{abuse}|{recruit}|{control}|{order}|{send}|{visit}|{contact}|{message}|{use}|{target}|{approach}|{offer}|{hold}|{lock}|{move}|{traffic}|{bring}',
      'had|have|has|then|later|also|repeatedly|often|may|can|will|would|typically|usually|commonly|sometimes|frequently|regularly|allegedly|reportedly {threaten}|{force}|{make}|{take}|{drive}|{give}|{tell}|{groom}|{exploit}|{pay}|{supply}|{collect}|{pick}|{attack}|{stab}|{beat}|{assault}|{rape}|{abuse}|{recruit}|{control}|{order}|{send}|{contact}|{use}|{target}',
      'have|has|had|was|were|are|is been? charged|arrested|convicted|sentenced|jailed|remanded|identified|prosecuted|investigated|interviewed',
      'who|that {threaten}|{force}|{make}|{take}|{drive}|{give}|{tell}|{groom}|{exploit}|{pay}|{supply}|{collect}|{pick}|{attack}|{stab}|{beat}|{assault}|{rape}|{abuse}|{recruit}|{control}|{order}|{send}|{contact}|{use}|{target}|{hold}|{traffic}',
    ],
  },

  /**
   * How children in general are used as mules ("children are increasingly
   * being used as drug mules", "young people recruited to act as money
   * mules"): the exploitation frame, said of children as a group.
   */
  'crime-used-as-mules': {
    precededBy: [
      'children|people|teenagers|youngsters|victims|pupils|students|individuals|them|adults are|were|be? increasingly|often|sometimes|frequently|commonly|also|now? being? used|recruited|targeted|exploited as',
      'children|people|teenagers|youngsters|victims|pupils|students|individuals|them|adults to act|work as',
    ],
    within: 2,
  },

  /**
   * The exceptions the role-label rules cite together: a checklist
   * question, the label naming an adult who acts on the child, the label
   * as the agent of what was done, and a label whose subject is someone
   * else. One name, so the four stay together in every such rule.
   */
  'crime-label-not-the-child': [
    'crime-label-question',
    'crime-label-actor',
    'crime-label-agent',
    'crime-label-other',
  ],

  /**
   * Someone else made the child do it, up to three words before ("was
   * made to sell", "had to carry", "forced her into dealing", "groomed him
   * into"): the sentence records the coercion, not a choice. The words the
   * trade and job rules share; each rule adds its own.
   */
  'crime-made-to': {
    precededBy: [
      'had|has|have|having|needed|needs to',
      'made|forced|told|ordered|pressured|coerced|exploited|compelled|used|expected|instructed|threatened|groomed|sent|tasked|required|taken|trafficked|tricked to',
      '{make}|{have}|{let} $obj',
      '{force}|{tell}|{order}|{pressure}|{coerce}|{threaten}|{send}|{exploit} $obj to',
      '{groom}|{coerce}|{pressure}|{force}|{exploit}|{trick}|{threaten} $obj? into',
    ],
    within: 3,
  },

  /**
   * `crime-made-to` and the words the two selling rules add to it ("was
   * asked to sell", "directed to deal", "pushed him into selling").
   */
  'crime-made-to-sell': [
    'crime-made-to',
    {
      precededBy: [
        'directed|asked|manipulated to',
        '{use}|{expect}|{instruct}|{groom}|{ask}|{push} $obj to',
        '{manipulate}|{push}|{draw} $obj? into',
      ],
      within: 3,
    },
  ],

  /**
   * The same for the rules about running a line, bossing younger children
   * and working off a debt ("was made to run the line", "forced him to
   * work it off"): a list of its own, not `crime-made-to`, kept apart so
   * that neither family's exceptions change.
   */
  'crime-made-to-work': {
    precededBy: [
      'made|forced|told|ordered|pressured|coerced|exploited|used|instructed|threatened|groomed|sent|tasked|required|trafficked to',
      '{make}|{let} $obj',
      '{force}|{tell}|{order}|{pressure}|{coerce}|{threaten}|{send}|{exploit}|{use} $obj to',
      // "has been told he must work it off": the exploiters' demand, reported.
      'told|ordered|instructed|warned $subj? must',
      'told|ordered|instructed|warned $subj? (has to|had to|have to|would have to|will have to|needs to|need to)',
    ],
    within: 3,
  },
} as const satisfies SharedConditions
