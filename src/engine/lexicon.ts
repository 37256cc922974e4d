/**
 * The engine's one vocabulary: every word list the tokenizer, the guards
 * and the readers of people, ages and dates use, each defined once here.
 * Data, kept apart from the code so that a reviewer can see at a glance
 * what each part treats as a cue. Multi-word cues use the phrase syntax of
 * `RuleSpec.phrases`.
 */

// ── People, names and pronouns ──────────────────────────────────────────────

// One vocabulary for every module that asks who words are about. Where two
// modules need different words for one kind of person, one set is built
// from the other here, so that the difference is visible and named.

/** Third-person subject pronouns: the phrase class `$subj` (pattern.ts). */
export const thirdPersonSubjects: readonly string[] = ['she', 'he', 'they']

/** Third-person object pronouns: the phrase class `$obj`. */
export const thirdPersonObjects: readonly string[] = ['her', 'him', 'them']

/** Possessive pronouns: the phrase class `$poss`; with "'s" words, an owner ("her mother's partner"). */
export const possessivePronouns: ReadonlySet<string> = new Set(['her', 'his', 'their'])

/** Reflexive pronouns. */
export const reflexivePronouns: readonly string[] = ['herself', 'himself', 'themselves', 'themself']

/** The phrase class `$self`: the reflexives and the bare "self" of notes ("putting self at risk", "can look after self"). */
export const phraseReflexives: readonly string[] = [...reflexivePronouns, 'self']

/**
 * Words notes write with a slash, read as the word they stand for ("w/ older
 * males" is "with older males"); the slash then joins, as a space does.
 */
export const slashShorthands: ReadonlyMap<string, string> = new Map([['w', 'with']])

/** First-person pronouns: the referrer, except inside quoted speech, where they are the speaker's. */
export const firstPersonPronouns: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us'])

/** Pronouns that stand for a person as a clause's subject: she, he, they, and the referrer's I and we. */
export const subjectPronouns: ReadonlySet<string> = new Set([...thirdPersonSubjects, 'i', 'we'])

/** Pronouns that stand for a person as an object ("told her to go", "made him carry"). */
export const objectPronouns: ReadonlySet<string> = new Set([...thirdPersonObjects, 'me', 'us'])

/** Third-person pronouns that point back to someone named earlier ("Kyle … paid him"). */
export const referentPronouns: ReadonlySet<string> = new Set([...thirdPersonSubjects, ...thirdPersonObjects])

/**
 * Every pronoun that heads a subject in compromise's terms (subject.ts):
 * the person pronouns and "you", "it", "who", which are subjects though not
 * the people a narrative speaks of.
 */
export const anySubjectPronouns: ReadonlySet<string> = new Set([...subjectPronouns, 'you', 'it', 'who'])

/** Every pronoun that is an object in compromise's terms (subject.ts), reflexives included. */
export const anyObjectPronouns: ReadonlySet<string> = new Set([...objectPronouns, ...reflexivePronouns])

/** Relative pronouns that open a clause about the noun before them ("the men who collected Kai"). */
export const relativePronouns: ReadonlySet<string> = new Set(['who', 'that', 'which'])

/** Determiners and possessives that open a noun phrase ("the", "her", "your"). */
export const determiners: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'her',
  'his',
  'their',
  'its',
  'my',
  'our',
  'your',
])

/**
 * Nouns that name the child ("the YP", "the girl", "PV"): as a subject or a
 * speaker, the child. "Person" is not one ("a person known as T").
 */
export const childNouns: ReadonlySet<string> = new Set([
  'yp',
  'cyp',
  'child',
  'girl',
  'boy',
  'teenager',
  'teen',
  'pv',
  'victim',
  'daughter',
  'son',
  'pupil',
  'student',
  'learner',
  'kid',
  'youngster',
  // Records' shorthand: injured party, missing person, missing from home.
  'ip',
  'misper',
  'mfh',
  'minor',
  'juvenile',
])

/**
 * Child nouns that only a minor is called ("YP", "CYP", "MISPER", "the
 * teenager"): a text that uses one is about a child even when every age it
 * states is an adult's. Not "child", "son" or "daughter", which an adult
 * victim's narrative uses of her children.
 */
export const minorNouns: ReadonlySet<string> = new Set([
  'yp',
  'cyp',
  'misper',
  'mfh',
  'minor',
  'juvenile',
  'teenager',
  'teen',
  'youngster',
])

/**
 * Plural nouns for children ("the girls at the home", "the boys", "YPs"):
 * as a subject, the children the record is about, not adults.
 */
export const childGroupNouns: ReadonlySet<string> = new Set([
  'children',
  'girls',
  'boys',
  'kids',
  'teenagers',
  'teens',
  'yps',
  'cyps',
  'youngsters',
  'pupils',
])

/**
 * Nouns an age is read next to ("YP 13", "young person (15)", "a
 * 15-year-old girl"), and their possessives ("the girl's"): the child nouns
 * and "person", since the age itself says whether a child is meant.
 */
export const agedPersonNouns: ReadonlySet<string> = new Set(
  [...childNouns, 'person'].flatMap((noun) => [noun, `${noun}'s`]),
)

/** Subjects that are professionals or agencies, not the child. */
/** Courtesy titles, which only adults are given in a referral: "Mr Kaur", "Ms Obi". */
export const courtesyTitles: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx'])

/**
 * Titles written before a professional's surname ("PC Hale", "Sgt Wood", "Dr
 * Khan", "DC Ahmed"): the name after one is the professional, not the child.
 * Every professional noun also serves ("Nurse Evans", "Officer Reid").
 */
export const professionalTitles: ReadonlySet<string> = new Set([
  'sgt',
  'sergeant',
  'dr',
  'pcso',
  'insp',
  'inspector',
  'det',
  'detective',
  'supt',
  'di',
  'dci',
  'dsgt',
  'constable',
])

export const professionalNouns: ReadonlySet<string> = new Set([
  'police',
  // Agencies named as the subject: "the PSNI did not engage", "the Trust refused".
  'psni',
  'btp',
  'nca',
  'mash',
  'csc',
  'trust',
  'constabulary',
  'officer',
  'officers',
  'pc',
  'ps',
  'dc',
  'ds',
  'detective',
  'detectives',
  'constable',
  'sergeant',
  'inspector',
  'worker',
  'workers',
  'keyworker',
  'staff',
  'school',
  'schools',
  'teacher',
  'teachers',
  'service',
  'services',
  'team',
  'teams',
  // Those who run an organisation or write a report: "the trustees were uncooperative", "the author rejects".
  'trustee',
  'trustees',
  'governors',
  'committee',
  'author',
  'agency',
  'agencies',
  'council',
  'authority',
  'authorities',
  'practitioner',
  'practitioners',
  'professional',
  'professionals',
  'nurse',
  'nurses',
  'doctor',
  'doctors',
  'gp',
  'clinician',
  'clinicians',
  'manager',
  'managers',
  'we',
  'i',
  'panel',
  'court',
  'judge',
  'magistrates',
  'cps',
  'referrer',
  'dsl',
  'lead',
  'camhs',
  'yot',
  'yjs',
  'yos',
  // Roles and acronyms of the workers a referral names: "the SWO was
  // dismissive", "the IDVA went with her", "the IRO refused to escalate".
  'sw',
  'swo',
  'iro',
  'idva',
  'isva',
  'lado',
  'ewo',
  'senco',
  'pcso',
  'cafcass',
  'advocate',
  'mentor',
  'counsellor',
  'therapist',
  'psychologist',
  'psychiatrist',
  'paediatrician',
  'midwife',
  'caseworker',
  'coordinator',
  'solicitor',
  'interpreter',
  'charity',
  'nspcc',
  "barnardo's",
  'department',
  'force',
  'hospital',
  'paramedics',
  'paramedic',
  'unit',
  'provider',
  'home',
  'placement',
  'room',
  'handler',
  'operator',
  'dispatcher',
  'auditor',
  'audit',
  'review',
  'report',
  'log',
  'file',
  'record',
  'records',
  'logs',
  'files',
  'reports',
  'notes',
  'minutes',
  'reviews',
  'referral',
  'referrals',
  'assessment',
  'assessments',
  'chronology',
  'documents',
  'system',
  'database',
])

/** Carers: family to the child, but as speakers they speak for the care system, like staff. */
export const carerNouns: ReadonlySet<string> = new Set(['carer', 'carers', 'foster', 'guardian'])

/**
 * Family and carers: not the child, but their quoted words are evidence, not
 * the writer's framing. Carers (`carerNouns`) are the one exception there:
 * they speak for the care system.
 */
export const familyNouns: ReadonlySet<string> = new Set([
  'parent',
  'parents',
  'mother',
  'father',
  'mum',
  'dad',
  'family',
  'grandmother',
  'grandfather',
  'nan',
  'gran',
  'aunt',
  'auntie',
  'stepfather',
  'stepmother',
  'sister',
  'brother',
  'stepdad',
  'stepmum',
  ...carerNouns,
])

/** Other people who may speak or act in a narrative: neither the child nor a professional. */
export const otherPeople: ReadonlySet<string> = new Set([
  'neighbour',
  'neighbours',
  'neighbor',
  'neighbors',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'locals',
  'public',
  'shopkeeper',
  'passers',
  'bystanders',
  'classmates',
  'peers',
  'friends',
  'others',
  'lads',
  'boys',
  'olders',
  'youngers',
  'guys',
  'blokes',
  'fellas',
])

/** People named by their relation to someone: with a possessive ("her mother's partner"), another person than the child. */
export const relationNouns: ReadonlySet<string> = new Set([
  'partner',
  'boyfriend',
  'girlfriend',
  'friend',
  'cousin',
  'associate',
  'associates',
  'contact',
  'contacts',
  'husband',
  'wife',
  'housemate',
  'flatmate',
  'lodger',
  'neighbour',
  'fella',
  'ex',
])

/**
 * Partner words for a man or a woman: a later "he" may be a boyfriend, a
 * later "she" a girlfriend ("her boyfriend …; he is 26" gives the
 * partner's age, not the main person's). "b" and "g" are "b/f" and "g/f".
 */
export const malePartnerNouns: ReadonlySet<string> = new Set([
  'boyfriend',
  'boyfriends',
  "boyfriend's",
  'bf',
  'b',
  'fella',
  'feller',
  'bloke',
  'man',
  'husband',
  'hubby',
  'fiance',
  'fiancé',
])
export const femalePartnerNouns: ReadonlySet<string> = new Set([
  'girlfriend',
  'girlfriends',
  "girlfriend's",
  'gf',
  'g',
  'wife',
  'woman',
  'fiancee',
  'fiancée',
])

/** Nouns for a young person that may take an age with "of" ("a lad of 25", "a boy of 14"). */
export const youthNouns: ReadonlySet<string> = new Set(['lad', 'boy', 'girl', 'lass', 'lassie', 'laddie'])

/** Nouns for a man or men: "she" cannot point back to them. */
export const maleNouns: ReadonlySet<string> = new Set(['man', 'men', 'male', 'males', 'gentleman'])

/** Nouns for a woman or women: "he" cannot point back to them. */
export const femaleNouns: ReadonlySet<string> = new Set(['woman', 'women', 'female', 'females', 'lady'])

/** Adults named by their role ("suspect", "elders", "landlord"). */
const adultRoleNouns: readonly string[] = [
  'adult',
  'adults',
  'suspect',
  'suspects',
  'offender',
  'offenders',
  'perpetrator',
  'perpetrators',
  'exploiter',
  'exploiters',
  'abuser',
  'abusers',
  'trafficker',
  'traffickers',
  'groomer',
  'groomers',
  'elder',
  'elders',
  'uncle',
  'landlord',
  'boss',
]

/**
 * Subjects that are adults (perpetrators or others), not the child: adults
 * by role, groups ("gang", "network") and labels ("dealer"). Of the nouns
 * for a sex, not "female(s)", "gentleman" or "lady": records call the child
 * "a female, 15" too (with "female" here, a held-out label finding is lost).
 */
export const adultNouns: ReadonlySet<string> = new Set([
  'man',
  'men',
  'male',
  'males',
  'woman',
  'women',
  ...adultRoleNouns,
  'network',
  'gang',
  'group',
  'ocg',
  'dealer',
  'dealers',
  'nominal',
])

/**
 * Adult nouns that name one person or people, not a group or a label: what
 * a later "he", "she" or "they" may point back to ("Male (34) …, he is"),
 * when they are also `adultNouns`; any of them after "adult" is the noun it
 * modifies ("two adult females").
 */
export const adultPersonNouns: ReadonlySet<string> = new Set([
  ...maleNouns,
  ...femaleNouns,
  ...adultRoleNouns,
])

/** The plural adult person nouns: "he" or "she" cannot point back to them. */
export const pluralAdultPersonNouns: ReadonlySet<string> = new Set(
  [...adultPersonNouns].filter(
    (noun) => noun === 'men' || noun === 'women' || (noun.endsWith('s') && !noun.endsWith('ss')),
  ),
)

/** Nouns that make a following label refer to an adult. */
export const adultModifiers: ReadonlySet<string> = new Set([
  'adult',
  'adults',
  'older',
  'grown',
  'elder',
  'elders',
  'man',
  'men',
])

/** Field labels naming an adult's role in a form ("Perpetrator:", "Suspect 1:", "Exploiter details:"). */
export const adultRoles: ReadonlySet<string> = new Set([
  'perpetrator',
  'perpetrators',
  'suspect',
  'suspects',
  'exploiter',
  'exploiters',
  'offender',
  'offenders',
  'abuser',
  'abusers',
  'trafficker',
  'traffickers',
  'nominal',
  'nominals',
  'associate',
  'associates',
  'poi',
  'elder',
  'elders',
  'adult',
  'adults',
  'controller',
  'groomer',
])

/** Indefinite pronouns for a person: general by themselves ("anyone under the age of 18"). */
export const indefinitePeople: ReadonlySet<string> = new Set(['someone', 'anyone', 'anybody'])

/** Nouns for people in general, as guidance speaks of them. */
export const genericPeople: ReadonlySet<string> = new Set([
  'child',
  'children',
  'person',
  'people',
  'victim',
  'victims',
  'survivor',
  'survivors',
  'adolescent',
  'adolescents',
  'teenager',
  'teenagers',
  'individual',
  'individuals',
  ...indefinitePeople,
])

/** The plural ones ("victims", "people", "children"): general without a quantifier, unless a determiner picks some out. */
export const pluralGenericPeople: ReadonlySet<string> = new Set(
  [...genericPeople].filter((noun) => noun.endsWith('s') || noun === 'people' || noun === 'children'),
)

/** Words that make a singular noun generic ("a child", "any young person"). */
export const genericQuantifiers: ReadonlySet<string> = new Set([
  'a',
  'an',
  'any',
  'every',
  'each',
  'no',
  'young',
  'many',
  'some',
  'most',
  'all',
])

// ── Grammar words ───────────────────────────────────────────────────────────

/** Words written without the apostrophe that are still contractions ("isnt"); not "cant" or "wont". */
export const bareContractions: ReadonlySet<string> = new Set([
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'doesnt',
  'didnt',
  'dont',
  'hasnt',
  'havent',
  'hadnt',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'mustnt',
])

/** Words a clitic verb attaches to as its own word ("she's" → she + 's, "there's"): subject pronouns and a few more. */
export const cliticHosts: ReadonlySet<string> = new Set([...anySubjectPronouns, 'that', 'there', 'what'])

/** Auxiliaries of a passive ("was treated", "got arrested"): what follows is done to the subject. */
export const passiveAuxiliaries: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'get',
  'got',
  'gets',
])

/** Say, think, believe and feel in three forms: the core `clauseVerbs` and `thinkingVerbs` share. */
const sayingCore = [
  'say',
  'says',
  'said',
  'think',
  'thinks',
  'thought',
  'believe',
  'believes',
  'believed',
  'feel',
  'feels',
  'felt',
]

/**
 * Verbs of saying and thinking that take a clause, never a person as their
 * object: a person word right after one is the clause's subject ("the
 * manager said the girls egg each other on", "she says the men were …").
 */
export const clauseVerbs: ReadonlySet<string> = new Set([
  ...sayingCore,
  'reckon',
  'reckons',
  'reckoned',
  'claim',
  'claims',
  'claimed',
  'state',
  'states',
  'stated',
])

/** Degree words before an adjective or a label ("very streetwise", "quite mature", "so manipulative"). */
export const degreeWords: ReadonlySet<string> = new Set([
  'very',
  'so',
  'quite',
  'really',
  'too',
  'extremely',
  'incredibly',
  'highly',
  'fairly',
  'rather',
  'v',
])

/** Perfect auxiliaries ("has been", "had gone"): a verb phrase may open with one. */
export const perfectAuxiliaries: ReadonlySet<string> = new Set(['has', 'have', 'had'])

/**
 * Words that join a second verb phrase to the first clause with no subject
 * of its own ("was driven to Hull by Marcus, 30, and is described as …").
 */
export const verbPhraseJoiners: ReadonlySet<string> = new Set(['and', 'but', 'yet'])

/** Copulas that make a label describe the sentence's subject. */
export const copulas: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  "'s",
  'be',
  'been',
  'being',
  'became',
  'become',
  'becomes',
  'remains',
  'remained',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'as',
])

/** Verbs of saying, thinking and perceiving that take a clause ("staff say Kai is …"). */
export const thinkingVerbs: ReadonlySet<string> = new Set([
  ...sayingCore,
  'note',
  'notes',
  'noted',
  'report',
  'reports',
  'reported',
  'find',
  'finds',
  'found',
  'consider',
  'considers',
  'considered',
  'know',
  'knows',
  'knew',
  'suspect',
  'suspects',
  'suspected',
  'state',
  'states',
  'stated',
  'record',
  'records',
  'recorded',
  'suggest',
  'suggests',
  'suggested',
  'worry',
  'worries',
  'worried',
  'fear',
  'fears',
  'feared',
  'describe',
  'describes',
  'described',
  'claim',
  'claims',
  'claimed',
  'explain',
  'explains',
  'explained',
  'confirm',
  'confirms',
  'confirmed',
  'mention',
  'mentions',
  'mentioned',
  'reckon',
  'reckons',
  'reckoned',
  'assume',
  'assumes',
  'assumed',
  'understand',
  'understands',
  'understood',
])

/** Verbs whose object does what follows for them ("made Tyler carry"). */
export const causatives: ReadonlySet<string> = new Set([
  'made',
  'make',
  'makes',
  'making',
  'let',
  'lets',
  'forced',
  'forces',
  'had',
  'have',
  'has',
])

/** Irregular past forms that read as verbs ("told staff", "drove Ellie"); regular ones end in -ed. */
export const irregularPast: ReadonlySet<string> = new Set([
  'told',
  'made',
  'took',
  'gave',
  'saw',
  'met',
  'sent',
  'got',
  'kept',
  'brought',
  'bought',
  'drove',
  'left',
  'paid',
  'sold',
])

/** Words of an appositive age between a person and what follows ("two men, aged 23 and 31, who"). */
export const appositiveWords: ReadonlySet<string> = new Set([
  'aged',
  'age',
  'and',
  'both',
  'years',
  'year',
  'old',
  'now',
  'also',
  'approx',
  'approximately',
  'around',
  'about',
  'roughly',
  'possibly',
])

/** Words that may stand between a preposition and the label it governs. */
export const nounPhraseFillers: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'another',
  'other',
  'known',
  'local',
  'suspected',
  'alleged',
  'convicted',
  'his',
  'her',
  'their',
  'two',
  'three',
  'four',
  'several',
  'some',
  'one',
  'many',
  'various',
  'older',
  'adult',
  'male',
  'female',
  'notorious',
  'violent',
  'senior',
  'leading',
  'prominent',
  'main',
  'key',
  'previous',
  'current',
  'new',
  'allocated',
  'social',
  'youth',
  'support',
  'duty',
  'family',
  'case',
  'named',
  'designated',
  'police',
])

/**
 * Prepositions whose object is another person than the subject: a label
 * after them ("exploited by a gang member") is not about the child.
 */
export const personPrepositions: ReadonlySet<string> = new Set([
  'with',
  // "w/ adult male": the notes' shorthand for "with".
  'w',
  'by',
  'from',
  'for',
  'to',
  'alongside',
  'among',
  'amongst',
  'against',
  'between',
  'towards',
  'around',
  'beside',
  'near',
  'via',
  'through',
  'under',
])

/** Every preposition: a noun after one is an object, not a subject ("at school Kyle is"). */
export const prepositions: ReadonlySet<string> = new Set([
  ...personPrepositions,
  'at',
  'in',
  'on',
  'into',
  'onto',
  'of',
  'about',
  'over',
  'outside',
  'inside',
  'within',
  'across',
  'behind',
  'during',
  'like',
  'than',
])

/**
 * Prepositions before a place's name ("to Leeds", "near Hull", "outside
 * Tesco"): a capitalised word after one is a place, for the place fact
 * (coverage.ts) and the place a suggestion names (slots.ts).
 */
export const placePrepositions: ReadonlySet<string> = new Set([
  'to',
  'in',
  'at',
  'from',
  'near',
  'into',
  'towards',
  'outside',
  'around',
])

/** Modal verbs ("should", "must", "ought"). */
export const modals: ReadonlySet<string> = new Set([
  'should',
  'must',
  'need',
  'needs',
  'ought',
  'could',
  'can',
  'will',
  'would',
  'shall',
])

/** Auxiliaries that open a yes/no question ("Does she …?", "Is he …?"). */
export const questionAuxiliaries: ReadonlySet<string> = new Set([
  'does',
  'did',
  'do',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'can',
  'could',
  'will',
  'would',
  'should',
  'may',
  'might',
])

/**
 * Verb forms before a framing "as" ("described as", "seen as", "treated
 * as"): there "as" names what someone is taken for, not a reason, so a
 * negation before the verb reaches past it ("should not be seen as a
 * runaway").
 */
export const framingAsVerbs: ReadonlySet<string> = new Set([
  'described',
  'describe',
  'seen',
  'see',
  'viewed',
  'view',
  'regarded',
  'regard',
  'treated',
  'treat',
  'labelled',
  'labeled',
  'label',
  'considered',
  'perceived',
  'portrayed',
  'characterised',
  'characterized',
  'recorded',
  'classed',
  'categorised',
  'identified',
  'known',
])

/** Words that give a cause or concession: a negation before one does not reach past it ("not because …"). */
export const causalWords: ReadonlySet<string> = new Set([
  'as',
  'because',
  'since',
  'therefore',
  'despite',
  'although',
])

/** First words that put flagged words in the present tense ("is", "has", "goes"), for a suggestion's tense (slots.ts). */
export const presentTenseWords: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  "'s",
  'has',
  'have',
  'does',
  'do',
  'goes',
  'keeps',
])

/** First words that put them in the past ("was", "went"); regular past forms end in -ed. */
export const pastTenseWords: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'went', 'kept'])

// ── Cues the guards read ────────────────────────────────────────────────────

/** Words that negate what follows within a short window. */
export const negators: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'cannot',
  'nor',
  'neither',
  'without',
  'unable',
  'nobody',
  'none',
  "can't",
  "couldn't",
  "didn't",
  "doesn't",
  "don't",
  "isn't",
  "wasn't",
  "weren't",
  "aren't",
  "won't",
  "wouldn't",
  "hasn't",
  "haven't",
  "hadn't",
  "shouldn't",
  "mustn't",
  "needn't",
  "ain't",
  'cant',
  'wont',
  ...bareContractions,
])

/** Hedges that concede part of the claim: "not just a lifestyle choice" still flags. */
export const hedges: ReadonlySet<string> = new Set([
  'just',
  'only',
  'merely',
  'simply',
  'entirely',
  'purely',
  'wholly',
  'completely',
  'totally',
  'fully',
  'always',
  'necessarily',
  'solely',
  'exactly',
  'quite',
])

/** Words that end the scope of a negation looking backwards. */
export const scopeBreakers: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'then',
  'so',
  'because',
  'while',
  'whilst',
  'although',
  'though',
  'yet',
  'who',
  'which',
  'when',
  'where',
  'after',
  'before',
  'until',
  'since',
  'if',
  'however',
])

/**
 * Capitalised words that are not names: a sentence's first word, pronouns,
 * titles, and every professional or agency noun ("She", "On", "Mr",
 * "Police", "Staff"). One list for every place that reads names (subjects,
 * speakers, the cast, adult names and suggestions).
 */
export const notNames: ReadonlySet<string> = new Set([
  ...anySubjectPronouns,
  ...anyObjectPronouns,
  ...determiners,
  'after',
  'also',
  'at',
  'before',
  'dr',
  'during',
  'here',
  'however',
  'in',
  'later',
  'miss',
  'mr',
  'mrs',
  'ms',
  'narrative',
  'on',
  'since',
  'then',
  'there',
  'these',
  'those',
  'today',
  'when',
  'while',
  'yesterday',
  // Conjunctions and prepositions that open a sentence with a capital
  // ("Although Daniela (24) …", "With Kai …"): never a first name.
  ...scopeBreakers,
  ...prepositions,
  'despite',
  'once',
  'unless',
  'whereas',
  ...professionalNouns,
])

/** Phrases after a match that rebut it ("consent is irrelevant"). */
export const rebuttalsAfter: readonly string[] = [
  'is|was|are|were|remains irrelevant',
  'is|was|are|were not relevant|required|applicable|a|an factor|defence|defense|issue',
  'irrelevant',
  'does|do|did not apply|matter|count',
  "doesn't|don't|didn't apply|matter|count",
  "cannot|can't be given|assumed",
  'has|have no bearing|relevance',
]

/** Phrases that introduce a mention of wording in guidance text. */
export const mentionCues: readonly string[] = [
  'word(s)|term(s)|phrase(s)|label(s)|expression(s)|language|wording(s)|descriptions|descriptors|vocabulary like',
  'word(s)|term(s)|phrase(s)|label(s)|expression(s)|language|wording(s)|descriptions|descriptors|vocabulary such as',
  'the|a word(s)|term(s)|phrase(s)|label(s)|expression|wording',
  '{avoid}',
  'instead of',
  'rather than',
  'not use|say|write',
  "don't|never use|say|write",
  'do not say|write|use',
  'instead of saying|writing',
  'rather than saying|writing',
  '{replace}',
  '{say}|{write}|{use} _? _? instead',
  'should|must|do|does not|never {describe}|{call}|{refer}|{label}|{use}|{write}|{say}|{record}',
  'not to {describe}|{call}|{refer}|{label}|{use}|{write}|{say}|{record}',
  '{imply}|implying|suggesting',
  '{ask} _? whether|if',
  '{blame} for',
  'examples include',
  "shouldn't|mustn't|don't|doesn't {describe}|{call}|{refer}|{label}|{use}|{write}|{say}",
]

/** Weaker cues that mark a mention only when the match is quoted ("such as 'streetwise'"). */
export const quotedMentionCues: readonly string[] = [
  'such as',
  'including',
  'like',
  'e.g.',
  'eg',
  'for example',
  'examples include',
  '{list}',
  'should|must|do|does not|never {describe}|{call}|{refer}|{label}|{use}|{write}',
  "shouldn't|mustn't|don't|doesn't {describe}|{call}|{refer}|{label}|{use}|{write}",
  // "staff should not assume a child is 'a working girl'": the quoted words are the assumption warned against.
  'should|must|do|does not|never {assume}|{presume}|{treat}|{regard}|{see}|{view}|{think}',
  "shouldn't|mustn't|don't|doesn't {assume}|{presume}|{treat}|{regard}|{see}|{view}|{think}",
  '{criticise}|{criticize}|{challenge}|{question}|{caution} _? _?',
]

/** Phrases before a match that deny the whole clause it stands in ("there is no suggestion that"). */
export const denialsBefore: readonly string[] = [
  'no|little suggestion|evidence|indication|sign|reason|question that?',
  'nothing _? _? _? {suggest}|{indicate}|{show}',
  'not|never {suggest}|{indicate}|{mean}|{imply} that',
  "doesn't|don't|didn't {suggest}|{indicate}|{mean}|{imply} that",
  'it is|was not true|the case that',
  // "Far from being streetwise", "It would be wrong to describe her as promiscuous".
  'far from',
  '{be} wrong|unfair|inaccurate|incorrect|misleading to',
  // "She denies that she is in a relationship with him", "He denies dealing": the reading is denied.
  '{deny}|{dispute}',
  'not because',
  '{be} irrelevant|immaterial whether|if|that',
  'regardless of whether|if',
  'whether or not',
  'irrespective of whether|if',
  // "Nobody on the core group believes Ellie's account is invented": no one holds the view that follows.
  'nobody|no-one|noone _? _? _? _? {believe}|{think}|{accept}|{consider}|{feel}|{suggest}',
  // "It is important not to assume that a child is choosing …": the assumption is warned against.
  'not|never to? {assume}|{presume}|{conclude} that?',
  "don't|doesn't|didn't|mustn't|shouldn't {assume}|{presume}|{conclude} that?",
  // "He is too young to consent": capacity denied.
  'too young|little to',
  // "This is not a case of a 14-year-old making bad decisions": the reading is rejected.
  'not|never a|simply|just|merely? case|matter|question of',
  "isn't|wasn't a case|matter|question of",
]

/**
 * Nouns that show a quoted match is being discussed as wording, wherever
 * they stand in its sentence ("the slide lists 'promiscuous' as a
 * judgemental term", "examples of victim-blaming language include …").
 */
export const mentionNouns: ReadonlySet<string> = new Set([
  'term',
  'terms',
  'word',
  'words',
  'label',
  'labels',
  'phrase',
  'phrases',
  'language',
  'wording',
  'expression',
  'expressions',
  'euphemism',
  'euphemisms',
  'vocabulary',
  'uses',
  'examples',
  'descriptors',
  'terminology',
  'replaced',
  'reworded',
  'rephrased',
  'avoided',
  'instead',
])

/**
 * Gerunds of naming or saying that open a sentence about wording
 * ("Describing a child as streetwise adultifies them", "Calling a child a
 * runner criminalises them").
 */
export const namingGerunds: ReadonlySet<string> = new Set([
  'describing',
  'calling',
  'labelling',
  'labeling',
  'saying',
  'writing',
  'recording',
  'referring',
  'terming',
  'branding',
])

/** Verbs and phrases that attribute quoted words to a speaker. */
export const reportingCues: readonly string[] = [
  '{say}|{tell}|{describe}|{call}|{state}|{explain}|{report}|{text}|{message}|{write}|{shout}|{scream}|{ask}|{reply}|{answer}|{disclose}|{mention}|{insist}|{repeat}|{add}|{admit}|{whisper}|{tell}|{post}|{label}|{nickname}|{believe}|{feel}|{think}',
  '{refer} to',
  '{use} the word|term|phrase|words',
  '{call} $self',
  'in $poss own words',
  'according to',
  'quote|quoted|quoting',
]

/**
 * Phrases after a relationship word that make the other person a peer
 * ("a girlfriend in her year group", "her boyfriend, who is the same age").
 */
export const peerCues: readonly string[] = [
  'in|from $poss? year|yr|form|class|tutor',
  'in|at|from the same year|yr|class|form|school|college',
  // "(Year 11, same school)", "– same year group", "also in Year 10": a
  // school year or the same school named without "in the".
  'also? in|from? year|yr 7|8|9|10|11|12|13',
  'also? same|same-age year|yr|class|form|school|college|age|year-group',
  'also? in|at $poss|the? same|same-age year|yr|class|form|school|college|age|year-group',
  'of $poss own age',
  '(the same|a similar) age',
  'classmate|peer|schoolmate',
  'also 12|13|14|15|16|17',
  'who is|was also? 12|13|14|15|16|17',
]

/**
 * Phrases before a match that report how others framed a victim, not the
 * writer's own framing: "were treated as complicit", "groomed into
 * believing it was consensual", "dismissed as a runaway".
 */
export const reportedFramingCues: readonly string[] = [
  '{treat} _? _? _? _? as|like',
  '{dismiss} _? _? as',
  'written|wrote|writes|write _? _? off as',
  '{portray} _? _? as',
  '{characterise}|{characterize} _? _? as',
  '{groom} into|to {believe}|{think}|{feel}',
  '{make} $obj? to {believe}|{think}|{feel}',
  '{make} $obj {believe}|{think}|{feel}',
  '{lead} $obj? to {believe}|{think}',
  '{manipulate}|{coerce}|{trick}|{pressure}|{persuade} $obj? into {believe}|{think}|{feel}',
  '{encourage}|{persuade}|{condition}|{manipulate}|{coach}|{teach} $obj? to {believe}|{think}|{feel}|{see}',
  // "She was told she was mature for her age by the man who groomed her": what the child was told,
  // also with a dummy subject ("was told it was normal for girls her age").
  '{be} told that? $subj|it',
]

/** Bodies whose findings a sentence reports ("The review found officers had called victims …"). */
export const reportingBodies: ReadonlySet<string> = new Set([
  'review',
  'reviews',
  'inspection',
  'inspections',
  'inspectorate',
  'audit',
  'audits',
  'inquiry',
  'enquiry',
  'report',
  'study',
  'research',
  'researchers',
  'hmicfrs',
  'ofsted',
  'jtai',
  'scr',
  'cspr',
  'evaluation',
  'survey',
  'analysis',
  'inspectors',
  'reviewers',
  'auditors',
])

/** Verbs by which such a body reports ("found", "noted"). */
export const findingVerbs: ReadonlySet<string> = new Set([
  // The finding as a noun heading what it found: "Audit finding: 18 of 40 files described …".
  'finding',
  'findings',
  'found',
  'finds',
  'noted',
  'notes',
  'showed',
  'shows',
  'highlighted',
  'highlights',
  'identified',
  'identifies',
  'criticised',
  'criticized',
  'criticises',
  'observed',
  'concluded',
  'reported',
  'reports',
  'revealed',
  'reveals',
  'heard',
  'saw',
  'described',
  'quoted',
  'quotes',
  'cited',
  'cites',
])

/** Phrases after a quoted or named term that discuss it as wording ("… should not appear in a referral"). */
export const mentionCuesAfter: readonly string[] = [
  'should|must not|never appear|be',
  'not appear',
  '{be} victim-blaming|blaming|inappropriate|unhelpful|outdated|offensive|unacceptable|dehumanising',
  '{be} a|an victim-blaming|blaming|inappropriate|unhelpful|outdated|offensive|unacceptable|dehumanising term|word|phrase|label|expression',
  '{blame} the child|children|victim|victims|young person',
  // The words are reported to be challenged: "… 'crying wolf'; that remark has been raised with his
  // supervisor", "… 'a willing passenger'; the chair asked for the minutes to be corrected".
  'that|this|the|these|those remark|remarks|comment|comments|wording|language|phrase|description|entry|term|word|label has|have|was|were been? raised|challenged|corrected|removed|withdrawn|amended|queried|addressed',
  '{ask}|{request} for? the|this|that|these|those minutes|record|records|wording|entry|note|notes|report|file|language to be? corrected|changed|amended|removed|reworded',
]

/**
 * Reporting verbs that attribute the word itself to the speaker ("called the
 * man a paedo", "refers to him as her boyfriend"): the speaker's word even
 * without quotation marks.
 */
export const namingCues: readonly string[] = [
  '{call}|{label}|{nickname}|{dub}',
  '{speak}|{talk}|{think} of|about _? _? _? _? as',
  '{refer} to',
  '{use} the word|term|phrase|words',
]

/** Words that make a statement about people in general hypothetical or habitual. */
export const genericHedges: ReadonlySet<string> = new Set([
  'may',
  'might',
  'can',
  'could',
  'often',
  'sometimes',
  'commonly',
  'frequently',
  'usually',
  'typically',
  'likely',
  'tend',
  'tends',
  'cannot',
  "can't",
  'should',
  'must',
  'will',
  'would',
  'even',
])

/** Phrases after a label that say its people are adults ("… are mostly adults in their twenties"). */
export const adultPredicates: readonly string[] = [
  '{be} mostly|all|both|also|mainly? adult(s)|men|women',
  '{be} mostly|all|both|also|mainly? in their twenties|thirties|forties|fifties',
  '{be} mostly|all|both|also|mainly? over 18|eighteen',
  '{be} mostly|all|both|also|mainly? grown men|women',
  // In apposition: "the gang members, all adults, groomed the boys".
  'all|both|mostly|mainly adult(s)|men|women',
  'all|both|mostly|mainly aged? over 18|eighteen',
]

// ── Ages and dates ──────────────────────────────────────────────────────────

/** Words that state an age before its number ("is 15", "turned 18", "aged 15", "at 23"). */
export const ageStatingVerbs: ReadonlySet<string> = new Set([
  'is',
  'was',
  "'s",
  'turned',
  'turns',
  'turning',
  'aged',
  'age',
  'at',
  'now',
])

/** Words that may stand between such a word, or an appositive comma, and the age ("is also 15", ", now 24,"). */
export const ageStatingFillers: ReadonlySet<string> = new Set([
  'also',
  'now',
  'only',
  'just',
  'currently',
  'then',
  'both',
])

/** Words right after a number that leave it an age ("15 and", "14 when", "16 in May"), not a time or an address. */
export const ageFollowers: ReadonlySet<string> = new Set([
  'she',
  'he',
  'they',
  'and',
  'but',
  'or',
  'years',
  'year',
  'yrs',
  'when',
  'at',
  'in',
  'with',
  'who',
  'so',
  'now',
  'then',
  'last',
  'this',
  'earlier',
  'recently',
  'on',
  'before',
  'after',
  'during',
  'by',
  'since',
  'until',
  // "Her boyfriend is 15 too", "he is 15 as well".
  'too',
  'also',
  'as',
])

/** Month names and their abbreviations, with the month's number ("March 2025", "12 Sept"). */
export const monthNumbers: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/** Words before a year that make it part of a title ("Modern Slavery Act 2015"), not an event. */
export const titleWords: ReadonlySet<string> = new Set([
  'act',
  'acts',
  'regulations',
  'order',
  'guidance',
  'guidelines',
  'protocol',
  'rules',
  'strategy',
  'convention',
  'code',
  'bill',
  'policy',
  'framework',
  'together',
])

/** Words that make the date that follows a date of birth. */
export const birthWords: ReadonlySet<string> = new Set(['dob', 'born', 'birth', 'd.o.b', 'b'])

/** Words that state when something happened, for the date fact (coverage.ts): months, days, seasons, "yesterday". */
export const dateWords: ReadonlySet<string> = new Set([
  ...Object.keys(monthNumbers),
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'overnight',
  'weekend',
  'christmas',
  'easter',
  'summer',
  'winter',
  'spring',
  'autumn',
])
