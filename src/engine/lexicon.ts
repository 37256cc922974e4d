/**
 * Word lists the shared guards read. Data, kept apart from the guard code so
 * that a reviewer can see at a glance what each guard treats as a cue.
 * Multi-word cues use the phrase syntax of `RuleSpec.phrases`.
 */

/** Words that negate what follows within a short window. */
export const negators: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'cannot', 'nor', 'neither', 'without', 'unable', 'nobody', 'none',
  "can't", "couldn't", "didn't", "doesn't", "don't", "isn't", "wasn't", "weren't", "aren't",
  "won't", "wouldn't", "hasn't", "haven't", "hadn't", "shouldn't", "mustn't", "needn't", "ain't",
  'cant', 'couldnt', 'didnt', 'doesnt', 'dont', 'isnt', 'wasnt', 'werent', 'arent', 'wont', 'wouldnt',
])

/** Hedges that concede part of the claim: "not just a lifestyle choice" still flags. */
export const hedges: ReadonlySet<string> = new Set([
  'just', 'only', 'merely', 'simply', 'entirely', 'purely', 'wholly', 'completely', 'totally',
  'fully', 'always', 'necessarily', 'solely', 'exactly', 'quite',
])

/** Words that end the scope of a negation looking backwards. */
export const scopeBreakers: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'then', 'so', 'because', 'while', 'whilst', 'although', 'though', 'yet',
  'who', 'which', 'when', 'where', 'after', 'before', 'until', 'since', 'if', 'however',
])

/** Phrases after a match that rebut it ("consent is irrelevant"). */
export const rebuttalsAfter: readonly string[] = [
  'is|was|are|were|remains irrelevant',
  'is|was|are|were not relevant|required|applicable|a|an factor|defence|defense|issue',
  'irrelevant',
  'does|do|did not apply|matter|count',
  "doesn't|don't|didn't apply|matter|count",
  'cannot|can\'t be given|assumed',
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
]

/** Weaker cues that mark a mention only when the match is quoted ("such as 'streetwise'"). */
export const quotedMentionCues: readonly string[] = [
  'such as',
  'including',
  'like',
  'e.g.',
  'eg',
  'for example',
  '{include}',
  '{list}',
  'should|must|do|does not|never {describe}|{call}|{refer}|{label}|{use}|{write}',
  "shouldn't|mustn't|don't|doesn't {describe}|{call}|{refer}|{label}|{use}|{write}",
]

/** Phrases before a match that deny the whole clause it stands in ("there is no suggestion that"). */
export const denialsBefore: readonly string[] = [
  'no|little suggestion|evidence|indication|sign|reason|question that?',
  'nothing _? _? _? {suggest}|{indicate}|{show}',
  'not|never {suggest}|{indicate}|{mean}|{imply} that',
  "doesn't|don't|didn't {suggest}|{indicate}|{mean}|{imply} that",
  'it is|was not true|the case that',
  'not because',
]

/**
 * Nouns that show a quoted match is being discussed as wording, wherever
 * they stand in its sentence ("the slide lists 'promiscuous' as a
 * judgemental term", "examples of victim-blaming language include …").
 */
export const mentionNouns: ReadonlySet<string> = new Set([
  'term', 'terms', 'word', 'words', 'label', 'labels', 'phrase', 'phrases', 'language',
  'wording', 'expression', 'expressions', 'euphemism', 'euphemisms', 'vocabulary', 'uses',
  'examples', 'descriptors', 'terminology',
])

/** Verbs and phrases that attribute quoted words to a speaker. */
export const reportingCues: readonly string[] = [
  '{say}|{tell}|{describe}|{call}|{state}|{explain}|{report}|{text}|{message}|{write}|{shout}|{scream}|{ask}|{reply}|{answer}|{disclose}|{mention}|{insist}|{repeat}|{add}|{admit}|{whisper}|{tell}|{post}|{label}|{nickname}|{name}',
  '{refer} to',
  '{use} the word|term|phrase|words',
  'in $poss own words',
  'according to',
  'quote|quoted|quoting',
]

/** Nouns that make a following label refer to an adult. */
export const adultModifiers: ReadonlySet<string> = new Set([
  'adult', 'adults', 'older', 'grown', 'elder', 'elders', 'man', 'men',
])

/** Subjects that are professionals or agencies, not the child. */
export const professionalNouns: ReadonlySet<string> = new Set([
  'police', 'officer', 'officers', 'pc', 'ps', 'dc', 'ds', 'detective', 'detectives', 'constable',
  'sergeant', 'inspector', 'worker', 'workers', 'staff', 'school', 'schools', 'teacher', 'teachers',
  'service', 'services', 'team', 'teams', 'agency', 'agencies', 'council', 'authority', 'authorities',
  'practitioner', 'practitioners', 'professional', 'professionals', 'nurse', 'nurses', 'doctor',
  'doctors', 'gp', 'clinician', 'clinicians', 'manager', 'managers', 'we', 'i', 'panel', 'court',
  'judge', 'magistrates', 'cps', 'referrer', 'dsl', 'lead', 'camhs', 'yot', 'yjs', 'department',
  'force', 'hospital', 'paramedics', 'paramedic', 'unit', 'provider', 'home', 'placement', 'room',
  'handler', 'operator', 'dispatcher', 'auditor', 'audit', 'review', 'report', 'log', 'file', 'record',
])

/** Family and carers: not the child, but their quoted words are evidence, not the writer's framing. */
export const familyNouns: ReadonlySet<string> = new Set([
  'carer', 'carers', 'parent', 'parents', 'mother', 'father', 'mum', 'dad', 'guardian', 'family',
  'grandmother', 'grandfather', 'nan', 'gran', 'aunt', 'auntie', 'stepfather', 'stepmother', 'sister',
  'brother', 'foster', 'stepdad', 'stepmum',
])

/** Subjects that are adults (perpetrators or others), not the child. */
export const adultNouns: ReadonlySet<string> = new Set([
  'man', 'men', 'adult', 'adults', 'perpetrator', 'perpetrators', 'offender', 'offenders',
  'suspect', 'suspects', 'exploiter', 'exploiters', 'abuser', 'abusers', 'elder', 'elders',
  'male', 'males', 'woman', 'women', 'uncle', 'landlord', 'boss', 'trafficker', 'traffickers',
  'groomer', 'groomers', 'network', 'gang', 'group', 'ocg', 'dealer', 'dealers', 'nominal',
])

/** Words that may stand between a preposition and the label it governs. */
export const nounPhraseFillers: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'another', 'other', 'known', 'local',
  'suspected', 'alleged', 'his', 'her', 'their', 'two', 'three', 'four', 'several', 'some',
  'one', 'many', 'various', 'older', 'adult', 'male', 'female', 'notorious', 'violent',
  'senior', 'leading', 'prominent', 'main', 'key', 'previous', 'current', 'new', 'allocated',
  'social', 'youth', 'support', 'duty', 'family', 'case', 'named', 'designated', 'police',
])

/**
 * Prepositions whose object is another person than the subject: a label
 * after them ("exploited by a gang member") is not about the child.
 */
export const personPrepositions: ReadonlySet<string> = new Set([
  'with', 'by', 'from', 'for', 'to', 'alongside', 'among', 'amongst', 'against', 'between',
  'towards', 'around', 'beside', 'near', 'via', 'through', 'under',
])

/** Every preposition: a noun after one is an object, not a subject ("at school Kyle is"). */
export const prepositions: ReadonlySet<string> = new Set([
  ...personPrepositions,
  'at', 'in', 'on', 'into', 'onto', 'of', 'about', 'over', 'outside', 'inside', 'within', 'across',
  'behind', 'during', 'like', 'than',
])

/** Copulas that make a label describe the sentence's subject. */
export const copulas: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', "'s", 'be', 'been', 'being', 'became', 'become', 'becomes',
  'remains', 'remained', 'seems', 'seemed', 'appears', 'appeared', 'as',
])
