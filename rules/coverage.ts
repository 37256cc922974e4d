/**
 * What a referral narrative should state, after the NRM form's prompts
 * (sources `NRM-FORM` and `SG` in rules/sources.ts). Data only: the coverage check in
 * `src/engine/coverage.ts` reads it. Phrases use the syntax of
 * `RuleSpec.phrases`; an element counts as stated when any phrase or
 * detector finds it anywhere in the text.
 */
import type {CoverageElementSpec} from '../src/types-coverage.js'

const months = 'january|february|march|april|may|june|july|august|september|october|november|december'

export const coverage: readonly CoverageElementSpec[] = [
  {
    id: 'age',
    label: 'Age or date of birth',
    prompt:
      'State the person’s age or date of birth, or that their age is disputed or unknown (they are then treated as a child).',
    phrases: [
      'date of birth',
      'dob',
      '{be} born',
      'age {be} disputed|unknown|unclear',
      'age-disputed',
      'age assessment',
    ],
    detectors: ['age'],
    sources: ['NRM-FORM', 'SG'],
  },
  {
    id: 'action',
    label: 'Who moved, harboured or kept them',
    prompt:
      'Say who recruited, moved, transferred, harboured or received them: who arranged the journey, who collected them, who kept them where.',
    phrases: [
      '{take}|{drive}|{move}|{transport}|{collect}|{bring}|{send}|{traffic}|{transfer}|{recruit}|{harbour}|{keep}|{hold}|{house}|{lodge} $obj? to|by|from|at|in|between',
      '{hand} $obj? over|to',
      '{pick} $obj? up',
      '{buy}|{book}|{pay} _? _? ticket(s)',
      '{be} {take}|{drive}|{move}|{collect}|{keep}|{hold}|{house}|{recruit}|{traffic}|{lodge}',
      '{arrange} for',
      '{arrange} _? journey|travel|transport|lift(s)',
      '{give} $obj lifts',
      'cuckooed|cuckooing',
    ],
    sources: ['MSA-S1-2', 'ECPAT-UK', 'NRM-FORM'],
  },
  {
    id: 'purpose',
    label: 'What they were exploited for',
    prompt:
      'Describe the purpose: what they were made or expected to do (sexual exploitation, carrying or selling drugs, forced work, household work, crime).',
    phrases: [
      'sexual|criminal|labour|financial exploitation',
      'sexually|criminally {exploit}|{abuse}',
      '{exploit} $obj? for|to|through|by',
      '{make}|{force}|{expect}|{order}|{pressure}|{require}|{coerce}|{groom} $obj? to|into',
      '{tell} $obj to',
      'county lines',
      'cannabis farm|grow|factory',
      'forced labour|work',
      'domestic servitude',
      'sexual abuse|assault',
      '{rape}|{abuse}',
      'deal line',
      '{sell}|{carry}|{hold}|{deliver}|{store}|{conceal}|{move} drugs|cash|money|packages|wraps',
      '{carry}|{sell}|{hold}|{deliver}|{store} _? _? drugs',
      'bag of drugs',
    ],
    sources: ['MSA-S3', 'CCE-DEF', 'DFE-CSE', 'NRM-FORM'],
  },
  {
    id: 'place',
    label: 'Where it happened',
    prompt:
      'Name the places: addresses, towns, hotels, routes and landmarks, including where they were found.',
    phrases: [
      'flat|address|house|hotel|station|farm|property|premises|takeaway|park|estate|street|road|lane|hostel|brothel',
      'car wash',
      'nail bar',
    ],
    detectors: ['place'],
    sources: ['NRM-FORM'],
  },
  {
    id: 'time',
    label: 'When it happened',
    prompt:
      'Give dates, times and how long it went on, with the person’s age at the time; loose time frames are fine.',
    phrases: [
      'since|from|until|between|over|for _? days|weeks|months|years|nights|hours',
      'at about|around',
      'every day|night|weekend|week',
      'last|this|that night|week|month|year|weekend|morning|evening',
      'days|weeks|months|years later|ago|earlier',
    ],
    detectors: ['date'],
    sources: ['NRM-FORM'],
  },
  {
    id: 'control',
    label: 'How they were controlled',
    prompt:
      'Describe how they were controlled: threats, violence, debt, gifts, drugs or alcohol, phones, removal of documents, isolation or watching.',
    phrases: [
      '{threaten}|threat(s)|{hit}|{beat}|{punch}|{kick}|{stab}|{slap}|{attack}|{hurt}|{intimidate}|{coerce}|{blackmail}',
      'violence|weapon|knife|machete|gun',
      'debt|{owe}',
      '{pay} back|off',
      'gift(s)|{groom}|grooming|{bribe}',
      '{buy} $obj',
      'phone(s)|sim|sims',
      '{top} up',
      '{track}|{monitor}|{watch}|{follow}|{film}|{record} $obj',
      'passport|documents|papers',
      '{isolate}|isolation|{lock}|{confiscate}|{control}|controlling',
      'not allowed',
      '{take} away',
      '{give}|{supply}|{offer}|{provide}|{ply} $obj? with? alcohol|cannabis|drugs|vodka|spice|cocaine',
      'alcohol|cannabis|drugs {supply}|{give} by',
    ],
    sources: ['NRM-FORM', 'PACE-DEBT', 'CL-GUID', 'SG'],
  },
  {
    id: 'start-and-stay',
    label: 'How it started and why they stayed',
    prompt:
      'Explain how it started (who made contact, what was promised) and why they stayed or went back (threats, debt, fear, nowhere else to go).',
    phrases: [
      'first {meet}|{contact}|{approach}',
      '{start}|{begin}',
      `from|since|in|by|until ${months}`,
      '{promise}|{offer}|{groom}|grooming|{befriend}',
      '{meet} $obj? online|through|via|at|on',
      '{approach} $obj',
      '{stay}|{return}|{go} back? because',
      '{stay}|{return}|{remain} with|at',
      'could|would|did not leave',
      "couldn't|wouldn't|didn't leave",
      'unable to leave',
      'trapped|scared|afraid|frightened to leave',
      'nowhere else to go',
      "if $subj|i did not|didn't",
    ],
    sources: ['NRM-FORM'],
  },
  {
    id: 'indicators',
    label: 'Indicators observed',
    prompt:
      'Record what you or others observed: physical (injuries, hunger, neglect), psychological (fear, withdrawal, distress), situational (missing, found out of area, cash, phones) and environmental (address used for exploitation).',
    phrases: [
      'indicator(s)',
      'injury|injuries|injured|bruise(s)|bruised|bruising|cut(s)|burn(s)|marks|wound(s)|stitches|scar(s)',
      'hungry|dishevelled|unkempt|tired|exhausted|malnourished|underweight|dehydrated|thin',
      'scared|afraid|frightened|fearful|fear|anxious|withdrawn|distressed|tearful|upset|shaking|panicked|terrified',
      'missing|absent',
      'found|located|stopped|arrested in|at|with',
      'cash|money|trainers|clothes',
      'two|second|multiple|several phones|phone',
      'self-harm|pregnant|pregnancy|sti|contraception',
      'self harm',
      'trap house',
      'cannabis farm',
      'hotel room',
      'address used',
      'attendance|excluded|exclusion',
      '{observe}|{notice}',
    ],
    sources: ['SG', 'CL-GUID', 'SLOUGH', 'PACE-CL'],
  },
  {
    id: 'own-words',
    label: 'What they said happened, in their words',
    prompt:
      'Record what the person said happened, in their own words where possible, with who they said it to and when.',
    phrases: [
      'in $poss own words',
      '$subj {say}|{tell}|{describe}|{disclose}|{explain}|{report}|{state}',
      '{disclose}|disclosure',
      '{tell} $obj|staff|officers|police that',
    ],
    detectors: ['speech'],
    sources: ['NRM-FORM', 'NSPCC-ALLEGED'],
  },
  {
    id: 'assessment',
    label: 'Your assessment',
    prompt:
      'Give your professional view: why you believe this is exploitation, which indicators you rely on and what the safeguarding concerns are.',
    phrases: [
      'i|we {believe}|{assess}|{consider}|{think}|{suspect}',
      'i am|we are concerned|worried',
      'in my|our view|assessment|opinion',
      'in my|our professional view|opinion|judgement',
      'my|our assessment|view|concern|concerns',
      'the concern {be}',
      'this|these {indicate}|{suggest}|{show}|{reflect}',
      '{be} consistent with',
      'indicative of',
      '{be} a child victim',
      'it is believed|assessed',
      'at risk of',
      'this has the features|hallmarks of',
    ],
    sources: ['NRM-FORM', 'SG'],
  },
]
