/**
 * Named word classes: the families of wording that rules are built from.
 * A phrase uses a class as `@name` (`'@volition-verb to @exploit-act'`), so one
 * rule covers every member of the family rather than the few someone listed.
 * Each class is a list of phrases in the syntax of `RuleSpec.phrases`
 * (`{verb}` inflections, `a|b`, `word?`, other `@classes`).
 *
 * Data only. A class is compiled once, with the rules that use it.
 */
import type {WordClasses} from '../src/types.js'

export const classes = {
  /** Every form of "be", with the contracted ones ("she's", "isn't" → is + not). */
  be: ['{be}'],

  /** Verbs of seeming: "seemed (to be)", "comes across as", "presents as". */
  seem: ['{seem}|{appear}|{look} to? be?', '{come} across as?', '{present} as?'],

  /** Adverbs writers put inside a frame without changing it ("was clearly happy to"). */
  degree: [
    'quite|very|really|so|clearly|obviously|apparently|actually|seemingly|perfectly|always|genuinely|fully|totally|completely|entirely|definitely|certainly|evidently|visibly|openly|freely|readily|happily|often|usually|still|now|also|even|just|simply|all',
    'more than',
    'all too',
    'only too',
    // Asides that vouch for the frame without changing it: "was by all accounts willing",
    // "is to all intents happy to go", "is by her own admission keen to".
    'by|from all accounts|appearances|reports',
    'to all intents (and purposes)?',
    'by $poss own admission|account',
    'reportedly|undoubtedly|plainly|patently|noticeably',
  ],

  /** Children or young people as a group: "children", "young people", "teenagers", "victims". */
  'young-people': ['children|people|pupils|victims|teenagers|youngsters|kids|adolescents'],

  /**
   * A form field that asks why the child did something ("Motivation:",
   * "Reason for missing:", "Push/pull factors:"), read before a field break
   * (`@field-reason : money`): its value is said about the child.
   */
  'field-reason': [
    'motivation(s)|motive(s)|motivator(s)|driver(s)|incentive(s)|reason(s)|rationale|explanation|cause|why|pull|pull-factor(s)|push-pull|push-pull-factors',
    'motivation(s)|motive(s)|reason(s) for missing|absence|going-missing|offending|involvement|episode|running|leaving|return|returning|being-there',
    'reason given|stated',
    "yp's|yp’s|cyp's|cyp’s|child's|child’s|young-person's|young-person’s motivation|motive|reason|explanation",
  ],

  /**
   * A form field that records the assessment of the child or their
   * presentation ("Presenting need:", "Assessment:", "Attitude:"), read
   * before a field break.
   */
  'field-assessment': [
    'presenting need(s)|issue(s)|problem(s)|concern(s)',
    'assessment|analysis|summary|outcome|conclusion|view|views|comment(s)|note(s)|risk|risks|attitude|presentation|demeanour|demeanor|role|participation|involvement',
    'worker|sw|officer|police|school|manager|iro|panel view|views|comment(s)|analysis|assessment',
    'level|nature|extent of involvement|participation|engagement',
  ],

  /** A determiner or possessive before a noun. */
  det: ['the|a|an|this|that|these|those|her|his|their|its|some|any'],

  /**
   * Professionals, agencies, family and adults: as the subject just before a
   * frame, the words are about them, not the child ("the police refused").
   */
  'not-the-child': [
    'police|officer(s)|pc|dc|ds|detective(s)|constable|sergeant|inspector|staff|worker(s)|teacher(s)|nurse(s)|doctor(s)|gp|school|council|authority|agency|agencies|service(s)|team(s)|panel|court|manager(s)|carer(s)|parent(s)|mother|father|mum|dad|guardian|professionals|practitioners|partners|we|i|man|men|adult(s)|male(s)|perpetrator(s)|offender(s)|suspect(s)|exploiter(s)|abuser(s)|elder(s)|driver(s)|landlord|boss|gangmaster|trafficker(s)|controller',
    // Workers named by role or acronym ("the SWO refused", "the IDVA went with her").
    // Not the agencies' acronyms that head a form's fields ("YOT: lack of remorse").
    'swo|iro|idva|isva|lado|advocate(s)|mentor(s)|counsellor(s)|therapist(s)|psychologist(s)|paediatrician(s)|midwife|caseworker(s)|solicitor(s)|interpreter(s)|keyworker(s)',
    // Grandparents and relatives who care for the child ("Osian's nain thinks the world of him").
    'nan|nain|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|grandfather|grandparent(s)|taid|bampi|aunt|auntie|aunty|uncle|stepmum|stepdad|stepmother|stepfather',
  ],

  /** What an exploited child is made to do, or where they are made to go: the complement of a choice or consent frame. */
  'exploit-act': [
    'go|travel|carry|sell|deal|deliver|hold|hide|store|stash|drop|run|meet|stay|sleep|live|remain|return|leave|join|work|graft|steal|shoplift|rob|recruit|bring|collect|move|transport|keep|continue|repay|pay|earn|pose|strip|perform|send|share|post|film|text|message|visit|see|be',
    '@exploit-act-phrase',
  ],

  /**
   * The acts of `@exploit-act` and `@choice-core-act` said in more than one
   * word: "go missing", "have sex", "do the runs", "stay over", "move drugs".
   */
  'exploit-act-phrase': [
    'go|come|get back|missing|away',
    'have sex',
    'sleep with',
    'be with|filmed|photographed|recorded|touched|involved|part',
    'do drops|runs|it|the runs|the drops|the work|jobs|what they|what he|what she',
    'make the|that trip|journey|run|drop|delivery',
    'prove $self',
    'continue|keep seeing|meeting|going|selling|carrying|working|staying|returning',
    'stay with|at|out|over',
    'run away|off',
    'move drugs|money|packages|parcels',
  ],

  /** What a child may properly consent or agree to: the referral, information sharing, an examination, support. */
  'consent-object': [
    'referral(s)|nrm|assessment(s)|examination(s)|exam|interview(s)|medical(s)|treatment|photographs|photos|information|data|support|plan|safety|service(s)|medication|test(s)|testing|swab(s)|screen|screening|intermediary|advocate|advocacy|counselling|contact|help|placement|refuge|move|check(s)|check-up|vaccination|operation|procedure|sample(s)|disclosure|statement|call|calls|recording|recordings|search|scan|x-ray',
    'information|data sharing',
    'the|a? police|ABE|video|achieving best evidence|forensic|sexual health interview|examination|assessment|referral',
  ],

  /** Adjectives before a process noun ("a forensic medical examination", "a full STI screen"). */
  'process-adjective': [
    'forensic|medical|full|further|initial|formal|police|health|sexual|STI|sti|HIV|hiv|pregnancy|blood|urine|ABE|abe|video|recorded|joint|multi-agency|safeguarding|nrm|NRM|early|local|specialist|independent|follow-up|follow',
  ],
} as const satisfies WordClasses
