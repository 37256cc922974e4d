import {describe, expect, it} from 'vitest'
import {lintSync} from '../../src/index.js'
import type {RuleSpec} from '../../src/types.js'
import {span} from '../helpers/lint.js'
import {testRule} from '../helpers/rule.js'

/** Severity of each finding (`true` error, `false` warning, `undefined` info), in order. */
function fatal(text: string, rule: RuleSpec): Array<boolean | null | undefined> {
  return lintSync(text, {ruleSpecs: [rule]}).messages.map((message) => message.fatal)
}

const consent = testRule({phrases: ['{consent}', 'consensual'], target: 'action'})
const lifestyle = testRule({phrases: ['lifestyle choice'], target: 'term'})
const willing = testRule({phrases: ['{go} willingly', 'willing'], target: 'action'})
const streetwise = testRule({phrases: ['streetwise', 'prostitute(s)'], target: 'label'})
const gang = testRule({phrases: ['gang member(s)', 'drug dealer(s)'], target: 'label'})
const engage = testRule({phrases: ['{refuse} to engage'], target: 'action'})
const youngWoman = testRule({phrases: ['young woman'], target: 'label', guards: {age: true}})
const boyfriend = testRule({phrases: ['boyfriend'], target: 'relationship'})

describe('a label that starts with its copula', () => {
  const dating = testRule({phrases: ['{be} dating'], target: 'term', guards: {age: true}})

  it('reads the subject before the copula: an adult there is not the child', () => {
    expect(fatal('Her sister, 22, is dating a man from the estate.', dating)).toEqual([])
    expect(fatal('Her sister, 14, is dating a man from the estate.', dating)).toEqual([true])
    expect(fatal('Leah (14) is dating a man from the estate.', dating)).toEqual([true])
  })
})

describe('words others gave the child', () => {
  it('skips what the child was told or led to believe', () => {
    expect(fatal('She was told she was streetwise by the man who groomed her.', streetwise)).toEqual([])
    expect(fatal('The men encouraged her to think it was consensual.', consent)).toEqual([])
    expect(fatal('He made her believe it was consensual.', consent)).toEqual([])
    expect(fatal('She is streetwise, the man told her.', streetwise)).toEqual([true])
    const normal = testRule({phrases: ['{be} normal for girls'], target: 'term'})
    expect(fatal('She was told it was normal for girls her age by the man who groomed her.', normal)).toEqual(
      [],
    )
    expect(fatal('Jade was told that it was normal for girls by the men.', normal)).toEqual([])
    expect(fatal('It was normal for girls her age, the carer said.', normal)).toEqual([true])
  })
})

describe('a role in brackets after a field label', () => {
  it('reads "(adult)" as qualifying the account, not naming an adult’s field', () => {
    expect(fatal('NRM narrative (adult): Ms Achieng, 29, went willingly.', willing)).toEqual([true])
    expect(fatal('Suspect (adult): he went willingly.', willing)).toEqual([])
    expect(fatal('Adult: he went willingly.', willing)).toEqual([])
  })
})

describe('who a label is about', () => {
  it('reads a courtesy title as an adult unless an age says otherwise', () => {
    expect(fatal('Mr Kaur is a gang member known to the police.', gang)).toEqual([])
    expect(fatal('Ms Obi, 16, is a gang member.', gang)).toEqual([true])
  })

  it('reads a label in apposition to adults as theirs', () => {
    expect(fatal('Two adult males, both known drug dealers, were seen with him.', gang)).toEqual([])
    expect(fatal('He was seen with two adult males, known drug dealers.', gang)).toEqual([])
    expect(fatal('Two boys, both known drug dealers, were seen with him.', gang)).toEqual([true])
    expect(fatal('The gang members, all adults, groomed the boys online.', gang)).toEqual([])
    expect(fatal('The drug dealer, a 40-year-old man, was arrested.', gang)).toEqual([])
    expect(fatal('The drug dealer, a 15-year-old boy, was arrested.', gang)).toEqual([true])
    expect(fatal('The gang members, all boys from Year 10, were groomed online.', gang)).toEqual([true])
  })

  it('reads the subject of a passive that gives the label', () => {
    expect(fatal('Dean, 30, is often seen by staff as streetwise.', streetwise)).toEqual([])
    expect(fatal('Kai (15) is seen by teachers as streetwise.', streetwise)).toEqual([true])
    expect(
      fatal(
        'Ellie, 13, was driven to Hull by Marcus, 30, and is described by staff as streetwise.',
        streetwise,
      ),
    ).toEqual([true])
    expect(
      fatal('Marcus, 30, drove Ellie to Hull and is described by staff as streetwise.', streetwise),
    ).toEqual([])
  })
})

describe('negation guard', () => {
  it('skips negated and rebutted matches', () => {
    expect(fatal('Jade cannot consent to her own exploitation.', consent)).toEqual([])
    expect(fatal('She could not consent to this.', consent)).toEqual([])
    expect(fatal('Consent is irrelevant for a child.', consent)).toEqual([])
    expect(fatal('This is not a lifestyle choice.', lifestyle)).toEqual([])
    expect(fatal('She was not willing to go.', willing)).toEqual([])
    expect(fatal('She never went willingly.', willing)).toEqual([])
    expect(fatal('She didn’t go willingly.', willing)).toEqual([])
  })

  it('skips a reading the sentence rejects ("not a case of")', () => {
    expect(fatal('This is not a case of a 14-year-old making a lifestyle choice.', lifestyle)).toEqual([])
    expect(fatal("It isn't a case of Jade going willingly.", willing)).toEqual([])
    // A hedged rebuttal still names the frame.
    expect(fatal('It is not simply a case of Jade going willingly.', willing)).toEqual([true])
    expect(fatal("It's a case of Jade going willingly.", willing)).toEqual([true])
  })

  it('skips capacity denied and assumptions warned against', () => {
    expect(fatal('He is too young to consent to sexual activity.', consent)).toEqual([])
    expect(fatal('It is important not to assume that she went willingly.', willing)).toEqual([])
    expect(fatal("Don't assume she went willingly.", willing)).toEqual([])
    expect(fatal('She is old enough to consent, her mother said.', consent)).toEqual([true])
  })

  it('keeps the flag after a hedge', () => {
    expect(fatal('This is not just a lifestyle choice.', lifestyle)).toEqual([true])
    expect(fatal('It was not entirely consensual.', consent)).toEqual([true])
    expect(fatal('She was not at all willing.', willing)).toEqual([])
    expect(fatal('At no point was he a willing participant.', willing)).toEqual([])
    expect(fatal('Consent to the travel is irrelevant in law.', consent)).toEqual([])
    expect(fatal('She is not believed as she went willingly.', willing)).toEqual([true])
  })

  it('ends its scope at punctuation and conjunctions', () => {
    expect(fatal('She was not at home; she went willingly.', willing)).toEqual([true])
    expect(fatal('She was not at home and went willingly.', willing)).toEqual([true])
  })

  it('treats a denied clause as negated', () => {
    // No one holds the view that follows (a view someone does hold stays a nudge).
    expect(fatal('Nobody at the strategy meeting thinks it was consensual.', consent)).toEqual([])
    expect(fatal('Everyone at the strategy meeting thinks it was consensual.', consent)).toEqual([undefined])
    expect(fatal('There is no suggestion that Chloe (15) is a prostitute.', streetwise)).toEqual([])
    expect(fatal('Nothing in the file suggests she went willingly.', willing)).toEqual([])
    expect(fatal('There is a suggestion that she went willingly.', willing)).toEqual([true])
    expect(fatal('There is no evidence of force, and she went willingly.', willing)).toEqual([true])
  })

  it('reads denials that are not a plain "not"', () => {
    expect(fatal('Far from being streetwise, she is a frightened 13-year-old.', streetwise)).toEqual([])
    expect(fatal('It would be wrong to describe her as streetwise.', streetwise)).toEqual([])
    expect(fatal('She denies that she went willingly.', willing)).toEqual([])
    expect(fatal('Nothing about this was a lifestyle choice.', lifestyle)).toEqual([])
    // "nothing" as the subject of another verb denies nothing.
    expect(fatal('Nothing stopped her and she went willingly.', willing)).toEqual([true])
    expect(fatal('Nothing changes: lifestyle choice', lifestyle)).toEqual([true])
  })

  it('reads "as" after a verb of seeing or calling inside the negation', () => {
    expect(fatal('She should not be seen as a prostitute.', streetwise)).toEqual([])
    expect(fatal('He cannot be described as streetwise.', streetwise)).toEqual([])
    // A reason clause still ends the scope.
    expect(fatal('She is not believed as she is streetwise.', streetwise)).toEqual([true])
  })

  it('reads a negated surprise as asserting what follows', () => {
    expect(fatal('It is not surprising she went willingly.', willing)).toEqual([true])
    expect(fatal('No wonder she went willingly.', willing)).toEqual([true])
    expect(fatal('It was no surprise that she went willingly.', willing)).toEqual([true])
    expect(fatal('Staff were not surprised; she did not go willingly.', willing)).toEqual([])
    expect(fatal('She was not surprised and did not go willingly.', willing)).toEqual([])
  })

  it('reads a field answered no', () => {
    expect(fatal('Lifestyle choice: no', lifestyle)).toEqual([])
    expect(fatal('Lifestyle choice – No', lifestyle)).toEqual([])
    expect(fatal('Went willingly – no concerns', willing)).toEqual([true])
  })

  it('can be switched off by a rule', () => {
    const noNegation = testRule({phrases: ['{engage}'], guards: {negation: false}})
    expect(fatal('She did not engage.', noNegation)).toEqual([true])
  })
})

describe('mention guard', () => {
  it('skips wording inside an opening gerund of naming or saying', () => {
    expect(fatal('Describing a 14-year-old as streetwise adultifies her.', streetwise)).toEqual([])
    expect(fatal('Calling a child a prostitute blames her for the abuse.', streetwise)).toEqual([])
    expect(fatal('Saying she went willingly suggests consent.', willing)).toEqual([])
    // Naming, then narrating: the comma closes the gerund before the sentence's subject.
    expect(fatal('Describing Jade as streetwise, the officer closed the case.', streetwise)).toEqual([true])
    // Not opening the sentence: the narrative's own use.
    expect(fatal('The officer kept describing Jade as streetwise.', streetwise)).toEqual([true])
  })

  it('skips a form’s own question, numbered after its heading or quoted', () => {
    const relationship = testRule({phrases: ['in a relationship with'], target: 'relationship'})
    expect(
      fatal('Screening tool Q12 Is the child in a relationship with an older person? ☑ Yes', relationship),
    ).toEqual([])
    expect(
      fatal("Section B Q3 'Involved in a relationship with an adult?' Answer: Yes", relationship),
    ).toEqual([])
    expect(fatal('CSE tool – 7 Does the child go willingly? ☒ Yes', willing)).toEqual([])
    // An answer, or a statement ending in a question mark, is no prompt.
    expect(fatal('Details: Jade (13) is in a relationship with Rob (29).', relationship)).toEqual([true])
    expect(fatal('Screening notes Jade (14) went willingly, is that right?', willing)).toEqual([true])
  })

  it('skips a list of wording after a mention noun and a colon or dash', () => {
    expect(fatal('Unhelpful terms – prostitute, gang member, drug dealer', gang)).toEqual([])
    expect(fatal('Sexualised terms: streetwise, prostitute', streetwise)).toEqual([])
    expect(fatal('Concerns: streetwise, missing twice', streetwise)).toEqual([true])
    expect(fatal('Terms of the order: she is streetwise', streetwise)).toEqual([true])
  })

  it('skips wording mentioned in guidance text', () => {
    const text = 'The leaflet warns that words like "prostitute" and "streetwise" suggest compliance.'
    expect(fatal(text, streetwise)).toEqual([])
    expect(fatal('Avoid describing children as streetwise.', streetwise)).toEqual([])
    expect(fatal('Write "was exploited" rather than "went willingly".', willing)).toEqual([])
    expect(fatal('"Streetwise" is an adultifying term.', streetwise)).toEqual([])
  })

  it('flags a term alone in a bullet, a field value or a table cell', () => {
    expect(fatal('Concerns:\n- streetwise\n- missing from home', streetwise)).toEqual([true])
    expect(fatal('Presentation: streetwise, older boyfriend', streetwise)).toEqual([true])
    expect(fatal('| Jade | 15 | streetwise |', streetwise)).toEqual([true])
    expect(fatal('Streetwise', streetwise)).toEqual([true])
  })

  it('treats a term in a list, table or line as a mention only on evidence that it is guidance', () => {
    expect(fatal('| Instead of | Use |\n| --- | --- |\n| Streetwise | State the age |', streetwise)).toEqual(
      [],
    )
    expect(fatal('Language to avoid\n\n- streetwise\n- mature for her age', streetwise)).toEqual([])
    expect(fatal('Bad: she is streetwise\nBetter: she is 15', streetwise)).toEqual([])
    expect(fatal('Streetwise – a term that hides a child’s vulnerability', streetwise)).toEqual([])
    expect(fatal('Terms to avoid:\n• Streetwise\n• Mature for her age', streetwise)).toEqual([])
    expect(fatal('Inappropriate term\nStreetwise\nSuggested alternative\nState the age', streetwise)).toEqual(
      [],
    )
    expect(fatal('Concerns:\nShe is streetwise.', streetwise)).toEqual([true])
    expect(fatal('• 15 y/o\n• STREETWISE\n• not known to CAMHS', streetwise)).toEqual([true])
    expect(fatal('Jade is streetwise.', streetwise)).toEqual([true])
    expect(fatal('Jade went willingly.', willing)).toEqual([true])
    expect(fatal('Notes\nJade went willingly.\nNext steps', willing)).toEqual([true])
  })

  it('reads lists of quoted wording and recorded questions as mentions', () => {
    expect(fatal('Leaflet: ‘went willingly’ and ‘prostitute’ both blame the child.', willing)).toEqual([])
    expect(fatal('Why does she keep going willingly with them?', willing)).toEqual([true])
    expect(fatal('She was asked whether she went willingly.', willing)).toEqual([])
    expect(fatal('She went willingly.', willing)).toEqual([true])
  })

  it('reads generic statements about children as guidance', () => {
    expect(fatal('A child may go willingly because of grooming.', willing)).toEqual([])
    expect(fatal('Children who went willingly are still victims.', willing)).toEqual([])
    expect(fatal('The children went willingly with the men.', willing)).toEqual([true])
    expect(fatal('The child went willingly with the men.', willing)).toEqual([true])
    expect(fatal('Two children went willingly with the men.', willing)).toEqual([true])
    expect(fatal('Officers think children go willingly.', willing)).toEqual([true])
  })

  it('reads glossary rows and colon cues as mentions', () => {
    expect(fatal('Drug dealer – a child who is being criminally exploited by adults.', gang)).toEqual([])
    expect(fatal('Instead of: drug dealer. Say: a child exploited by adults.', gang)).toEqual([])
    expect(fatal('Professionals should not describe Kyle as a gang member.', gang)).toEqual([])
    expect(fatal('He is a gang member – the school says so.', gang)).toEqual([true])
  })

  it('needs quotes for weak cues and stops at conjunctions', () => {
    expect(fatal('She was given gifts such as phones and went willingly.', willing)).toEqual([true])
    expect(fatal('Indicators such as "went willingly" hide control.', willing)).toEqual([])
    expect(fatal('She wanted to avoid school and went willingly.', willing)).toEqual([true])
  })

  it('treats a quoted match in a sentence about words as a mention', () => {
    expect(fatal("The audit counted 14 uses of 'prostitute' in the sample.", streetwise)).toEqual([])
    expect(fatal("Examples of victim-blaming language include 'she went willingly'.", willing)).toEqual([])
    expect(fatal("Practitioners should not describe children as 'gang members'.", gang)).toEqual([])
  })

  it('does not treat every quote as a mention', () => {
    expect(fatal('Staff describe him as "streetwise" in the log.', streetwise)).toEqual([true])
  })
})

describe('quotation guard', () => {
  it('downgrades quoted, attributed speech to info', () => {
    expect(fatal('They called her a "prostitute" in messages.', streetwise)).toEqual([undefined])
    expect(fatal('She told me she "went willingly" because of the debt.', willing)).toEqual([undefined])
    expect(fatal('"I went willingly," she said.', willing)).toEqual([undefined])
  })

  it('downgrades the child’s reported view, but not a professional’s', () => {
    expect(fatal('She says she went willingly.', willing)).toEqual([undefined])
    expect(fatal('Staff say she is streetwise.', streetwise)).toEqual([true])
  })

  it('ends the child’s reported words at a semicolon, colon or dash after them', () => {
    expect(fatal('She says she is fine; she went willingly.', willing)).toEqual([true])
    expect(fatal('Kai says he is fine – he is a gang member.', gang)).toEqual([true])
    // A colon right after the reporting verb opens the words.
    expect(fatal('She says: she went willingly.', willing)).toEqual([undefined])
  })

  it('does not read a passive reporting verb as the child’s words', () => {
    expect(fatal('She was described as a prostitute in the log.', streetwise)).toEqual([true])
    expect(fatal('Kyle described himself as a drug dealer.', gang)).toEqual([undefined])
  })

  it('does not read a reduced hearsay passive ("said to be") as anyone’s words', () => {
    expect(fatal('Y8 boy, said to be a gang member, seen at the bus station.', gang)).toEqual([true])
    expect(fatal('Kai (15), said to be streetwise, was found in Hull.', streetwise)).toEqual([true])
    expect(fatal('Kai said he is a gang member.', gang)).toEqual([undefined])
    expect(fatal('Kai said to staff that he is a gang member.', gang)).toEqual([undefined])
  })

  it('reads a term inside a clause the child reports as the child’s account, not the writer’s choice', () => {
    expect(fatal('Ella (14) stated that it was her lifestyle choice.', lifestyle)).toEqual([undefined])
    expect(fatal('She says it is a lifestyle choice and nothing is going on.', lifestyle)).toEqual([
      undefined,
    ])
    // No reported clause: the writer chose the term.
    expect(fatal('She disclosed a lifestyle choice to staff.', lifestyle)).toEqual([true])
    // The reported clause has ended, or the writer speaks in between.
    expect(fatal('She says she loves him and in truth it is a lifestyle choice.', lifestyle)).toEqual([true])
    expect(fatal('Although Kyle says he was forced, I think it is a lifestyle choice.', lifestyle)).toEqual([
      true,
    ])
    // A professional's report stays the writer's side, and others' accounts are paraphrased in the writer's terms.
    expect(fatal('Staff said it was a lifestyle choice.', lifestyle)).toEqual([true])
    expect(fatal('Her parents said that it was a lifestyle choice.', lifestyle)).toEqual([true])
  })

  it('reads a reporting verb only within its clause: after a semicolon or dash the writer speaks', () => {
    expect(fatal('She says she went willingly; staff feel he went willingly too.', willing)).toEqual([
      undefined,
      true,
    ])
    expect(fatal('Kai said he is fine — he went willingly.', willing)).toEqual([true])
    expect(fatal('Kai said: he went willingly.', willing)).toEqual([undefined])
    expect(fatal('Kai said he went willingly, and he was not scared.', willing)).toEqual([undefined])
    expect(fatal('Kai said he was made to go, which means he went willingly.', willing)).toEqual([true])
  })

  it('reads a heading noun ("Incident report:", "Shift report,") as no one’s speech', () => {
    expect(fatal('Incident report 0417 — Summary: Kai (14) is streetwise.', streetwise)).toEqual([true])
    expect(fatal('Shift report, Dundee unit: Kai (14) is streetwise.', streetwise)).toEqual([true])
    expect(fatal('Tutor report: Kai, 16, is streetwise.', streetwise)).toEqual([true])
    expect(fatal('Mum reports Kai is streetwise.', streetwise)).toEqual([undefined])
  })

  it('gives no words to a refusal to say once its clause has ended', () => {
    expect(fatal("Kai (13) would not say where he'd been, was streetwise and cocky.", streetwise)).toEqual([
      true,
    ])
    expect(fatal('Kai did not say where he was; he says he went willingly.', willing)).toEqual([undefined])
  })

  it('gives no words to a claimed age ("says 14, obviously older")', () => {
    expect(fatal('Subject says 14, streetwise, no documents.', streetwise)).toEqual([true])
    expect(fatal('Bilal, who says he is 15, is streetwise.', streetwise)).toEqual([true])
    expect(fatal('Bilal says he is streetwise.', streetwise)).toEqual([undefined])
  })

  it('treats a parent’s quoted words as evidence, not the writer’s framing', () => {
    expect(fatal("The log quotes his mother as saying he is 'streetwise'.", streetwise)).toEqual([undefined])
  })

  it('adds a note asking for the professional’s assessment', () => {
    const [message] = lintSync('They called her a "prostitute".', {ruleSpecs: [streetwise]}).messages
    expect(message?.note).toMatch(/add your own assessment/)
  })
})

describe('referent guard', () => {
  it('reads the organisation a determiner opens as the subject ("Our housing team")', () => {
    expect(fatal('Our housing team refused to engage with the family.', engage)).toEqual([])
    expect(fatal('The youth club’s trustees refused to engage with the LADO.', engage)).toEqual([])
    expect(fatal('Jade (14) refused to engage with the family.', engage)).toEqual([true])
  })

  it('reads a pronoun after a clause break as the adult named with an age before it, when no one else is', () => {
    expect(fatal('Jordan Fisher, 19, has been at the gates; he is a known drug dealer.', gang)).toEqual([])
    // Someone else stands before the adult, or no clause break separates them.
    expect(fatal('Kai (15) was with Dean, 25; he is a known drug dealer.', gang)).toEqual([true])
    expect(fatal('Staff saw Dean, 25, at the gates; he is a known drug dealer.', gang)).toEqual([true])
    expect(fatal('Amber (14) is online. Dan is 24 and she is a known drug dealer.', gang)).toEqual([true])
  })

  it('reads a child noun in an apposition after an adult’s age as describing the adult', () => {
    expect(fatal('Jordan Fisher, 19, an ex-student, is a known drug dealer.', gang)).toEqual([])
    expect(fatal('Jordan Fisher, 19, a former pupil, is a known drug dealer.', gang)).toEqual([])
    expect(fatal('Kai, 15, a pupil, is a known drug dealer.', gang)).toEqual([true])
  })

  it('reads who a relative clause, a pronoun and a school noun are about', () => {
    const system = testRule({phrases: ['{play} the system'], target: 'action'})
    // A relative clause on a predicate noun is about the copula's subject.
    expect(fatal('Child (16) is a canny operator who plays the system.', system)).toEqual([true])
    expect(fatal('Ayo is a sixteen-year-old male who refused to engage.', engage)).toEqual([true])
    expect(fatal('Mia, 15, stays with Deano, 31. Deano is a man who plays the system.', system)).toEqual([])
    expect(fatal('She was with two adult men, aged 23 and 31, who refused to engage.', engage)).toEqual([])
    // "he" is one person: not "the elders" before it, nor the man of "a man he met".
    expect(fatal('He was coached by the elders, he is a gang member through and through.', gang)).toEqual([
      true,
    ])
    expect(fatal('Male (34) detained; PNC shows he is a gang member.', gang)).toEqual([])
    expect(fatal('Our customer, who is 16, met a man he went willingly with.', willing)).toEqual([true])
    expect(fatal('She met a man, 40; he went willingly to the flat.', willing)).toEqual([])
    // "two adult men … she": "adult" modifies "men", and neither is "she".
    expect(fatal('Girl, 15, found with two adult men; she went willingly.', willing)).toEqual([true])
    // A pupil, student or learner is the child.
    expect(fatal('The DSL notes the student refused to engage.', engage)).toEqual([true])
    expect(fatal('The DSL refused to engage.', engage)).toEqual([])
    // An agency named as the subject is a professional.
    expect(fatal('The PSNI refused to engage with the strategy discussion.', engage)).toEqual([])
    expect(fatal('Kai refused to engage with the PSNI.', engage)).toEqual([true])
    // A verb right after a relative clause set off by commas belongs to the
    // relative's antecedent, not to a name inside the clause.
    expect(fatal('The officer, who was on duty at the Ridgeway flats, refused to engage.', engage)).toEqual(
      [],
    )
    expect(
      fatal('Kai (15), who was seen with Marcus at the Ridgeway flats, refused to engage.', engage),
    ).toEqual([true])
  })

  it('skips labels for adults and objects of prepositions', () => {
    expect(fatal('An adult gang member drove her to Leeds.', gang)).toEqual([])
    expect(fatal('The 24-year-old drug dealer was arrested.', gang)).toEqual([])
    // In apposition to a person given an adult age, over the label's own words.
    expect(fatal('Jordan Lewis, 27, a convicted drug dealer, was banned from the street.', gang)).toEqual([])
    expect(fatal('Kai, 15, a convicted drug dealer according to police, was arrested.', gang)).toEqual([true])
    expect(fatal('She was found with a drug dealer, aged 31, in Hull.', gang)).toEqual([])
    expect(fatal('She was exploited by a gang member from Leeds.', gang)).toEqual([])
    expect(fatal('Deano, 24, is a drug dealer.', gang)).toEqual([])
  })

  it('flags labels for the child', () => {
    expect(fatal('Jade, 15, is a gang member.', gang)).toEqual([true])
    expect(fatal('Staff describe Jade as streetwise.', streetwise)).toEqual([true])
    expect(fatal('Officers described her as a prostitute.', streetwise)).toEqual([true])
    expect(fatal('Police treated Deano, 30, as a drug dealer.', gang)).toEqual([])
    expect(fatal('Police describe the adult, Jermaine Clarke (29), as a senior gang member.', gang)).toEqual(
      [],
    )
    expect(fatal('The man is a known gang member and a drug dealer.', gang)).toEqual([])
    expect(fatal('Smithy, 31, lives in Hull. Smithy is a drug dealer.', gang)).toEqual([])
    expect(fatal('Kyle is a gang member and a drug dealer.', gang)).toEqual([true, true])
    expect(fatal('She is a prostitute.', streetwise)).toEqual([true])
  })

  it('skips actions whose subject is a professional or an adult', () => {
    expect(fatal('The police refused to engage with her mother.', engage)).toEqual([])
    expect(fatal('The men refused to engage with officers.', engage)).toEqual([])
    expect(fatal('Kyle is a gang member and refused to engage.', engage)).toEqual([true])
    expect(fatal('He stays with a group that refused to engage.', engage)).toEqual([])
    expect(fatal('The 35-year-old refused to engage with officers.', engage)).toEqual([])
    expect(fatal('She was with two adult men, aged 23 and 31, who refused to engage.', engage)).toEqual([])
    expect(fatal('Police noted that Zak, 15, refused to engage.', engage)).toEqual([true])
    expect(fatal('Staff say Kai refused to engage.', engage)).toEqual([true])
    expect(fatal('The men who collected Kai refused to engage.', engage)).toEqual([])
    expect(fatal('The man paid Mia to go willingly.', willing)).toEqual([])
    expect(fatal('Mia agreed to go willingly.', willing)).toEqual([true])
    const dealing = testRule({phrases: ['{be} dealing heroin'], target: 'action', guards: {adults: true}})
    expect(fatal('The man, Darren Hollis (35), was dealing heroin.', dealing)).toEqual([])
    expect(fatal('Kyle (15) was dealing heroin.', dealing)).toEqual([true])
    expect(fatal('Anna (35) went willingly with them.', willing)).toEqual([true])
    expect(fatal('Marta (34) refused to engage with the review.', engage)).toEqual([true])
    expect(fatal('Liam (16) is a sensible young man who refused to engage.', engage)).toEqual([true])
    expect(fatal('Jade refused to engage with the school.', engage)).toEqual([true])
  })

  it('uses grammar when a verb may govern a professional noun', () => {
    // Tokens alone would take "officers" as the subject; compromise tags
    // "phoned" as its verb, so the subject is "She".
    expect(fatal('She phoned officers and went willingly with the men.', willing)).toEqual([true])
    expect(fatal('Officers phoned her and refused to engage.', engage)).toEqual([])
  })

  it('skips relationship words for a peer and flags them for an adult', () => {
    expect(fatal('Her boyfriend (15) reported her missing.', boyfriend)).toEqual([])
    expect(fatal('Her boyfriend, 24, collected her from school.', boyfriend)).toEqual([true])
    expect(fatal('Her boyfriend collected her from school.', boyfriend)).toEqual([true])
    expect(fatal('Her boyfriend, who is also 14, told his mum.', boyfriend)).toEqual([])
    expect(fatal("Her mother's boyfriend, 39, lives at the address.", boyfriend)).toEqual([])
    expect(fatal("Jade's boyfriend, 24, lives at the address.", boyfriend)).toEqual([true])
    expect(fatal("The girl's boyfriend, 24, lives at the address.", boyfriend)).toEqual([true])
    expect(fatal('Mia (15) and her boyfriend Josh (15) were approached by a man.', boyfriend)).toEqual([])
    expect(fatal('She went to the cinema with her boyfriend, a boy of 14.', boyfriend)).toEqual([])
    expect(fatal('He and his boyfriend, both 17 and at college, support each other.', boyfriend)).toEqual([])
    expect(fatal('Mr Adebayo (52) has a girlfriend, 48, who drove the girls.', boyfriend)).toEqual([])
    expect(fatal('Jade (15) has a boyfriend, 28, who drove her.', boyfriend)).toEqual([true])
    expect(fatal('Tia (14) met the man who became her boyfriend, aged 33.', boyfriend)).toEqual([true])
  })

  it('reads a relative or adult possessor at the start of a sentence as someone else', () => {
    // A capital opens the sentence; the possessor is a relative or an adult, not a name.
    expect(fatal("Mum's boyfriend, 40, has been told not to attend.", boyfriend)).toEqual([])
    expect(fatal("Dad's boyfriend (32) drove Kayla to the station.", boyfriend)).toEqual([])
    expect(fatal("Suspect's boyfriend rented the flat.", boyfriend)).toEqual([])
    expect(fatal("Kayla's boyfriend (32) drove her to the station.", boyfriend)).toEqual([true])
  })

  it('reads a peer from an age noun in apposition or a school year', () => {
    expect(fatal('Her boyfriend, a 15-year-old from the same estate, raised the alarm.', boyfriend)).toEqual(
      [],
    )
    expect(fatal("Jade's boyfriend, a 24-year-old from Leeds, collects her.", boyfriend)).toEqual([true])
    expect(fatal('Relationships: boyfriend (Year 11, same school)', boyfriend)).toEqual([])
    expect(fatal('Boyfriend – Tyler, 15 – same school, no concerns', boyfriend)).toEqual([])
    expect(fatal('Her boyfriend, who is also in Year 10, came to the clinic.', boyfriend)).toEqual([])
    expect(fatal('Her boyfriend from work picks her up; he is 26.', boyfriend)).toEqual([true])
  })

  it('skips a partner in a narrative about an adult, but not a partner’s own adult age', () => {
    expect(fatal('Grace is 20 and lives with her boyfriend in Hull.', boyfriend)).toEqual([])
    expect(fatal('Age: 29. Lives with boyfriend in Luton.', boyfriend)).toEqual([])
    expect(fatal('• boyfriend aged 31 – together approx 8 months', boyfriend)).toEqual([true])
    expect(fatal('Located in the company of boyfriend (aged 28).', boyfriend)).toEqual([true])
    expect(fatal('Grace is 20; YP lives with her boyfriend.', boyfriend)).toEqual([true])
  })

  it('reads a label over the nouns of its compound', () => {
    const runner = testRule({phrases: ['runner'], target: 'label'})
    expect(fatal('Jay, 22, is a drug runner for the Bradford OCG.', runner)).toEqual([])
    expect(fatal('Dean, 30, is a county lines runner.', runner)).toEqual([])
    expect(fatal('Kai (14) is a county lines runner.', runner)).toEqual([true])
    // A verb is not a compound noun: "to stop" does not make "runner" an object.
    const dealing = testRule({phrases: ['dealing'], target: 'label'})
    expect(fatal('Needs: to stop dealing', dealing)).toEqual([true])
  })

  it('reads a form line about an adult across dashes, until the child comes in', () => {
    expect(fatal('Perpetrator: Jason Kerr, 33 – runs the line, drug dealer.', gang)).toEqual([])
    expect(fatal('Main nominal: Jerome (22) – line holder, drug dealer, violent', gang)).toEqual([])
    expect(fatal('Suspect: Dean (30) – says YP is a drug dealer', gang)).toEqual([true])
    expect(fatal('Suspect: Dean (30) – Kai (15) is a drug dealer for him', gang)).toEqual([true])
    expect(fatal('Suspect: Dean (30). Notes: drug dealer', gang)).toEqual([true])
  })

  it('reads the partner named in a field value', () => {
    expect(fatal('Boyfriend: Josh (16) – known to school, no concerns', boyfriend)).toEqual([])
    expect(fatal('Boyfriend: Josh (26) – collects her from school', boyfriend)).toEqual([true])
  })

  it('reads descriptors after an adult who opens a form line, across a colon or dash', () => {
    expect(fatal('Presentation: young man (age 20), confident, streetwise', streetwise)).toEqual([])
    expect(fatal('Presentation: young man (age 16), confident, streetwise', streetwise)).toEqual([true])
    expect(fatal('Dean (30) – Kai streetwise, mature', streetwise)).toEqual([true])
    expect(fatal('Kai (15) – streetwise, mature', streetwise)).toEqual([true])
  })

  it('does not take a capitalised conjunction for a first name', () => {
    // "Although Daniela (24)" is not a name opening a descriptor line.
    expect(fatal('Although Daniela (24) went willingly, she was later locked in.', willing)).toEqual([true])
    expect(fatal('Jermaine Clarke, 29, gang member, tattoos on neck', gang)).toEqual([])
  })

  it('reads workers named by role or acronym as professionals', () => {
    expect(fatal('The IRO refused to engage with the plan.', engage)).toEqual([])
    expect(fatal('The SWO refused to engage with mum.', engage)).toEqual([])
    expect(fatal('The IDVA refused to engage with the solicitor.', engage)).toEqual([])
    expect(fatal('Kai refused to engage with the IDVA.', engage)).toEqual([true])
  })
})

describe('age guard', () => {
  it('reads a child among subjects joined by "and"', () => {
    const item = testRule({phrases: ['been an item'], target: 'term', guards: {age: true}})
    expect(fatal('Layla and Adam (26) have been an item since June.', item)).toEqual([true])
    expect(
      fatal(
        'Amelia, who is 14 and lives with her nan, and Gavin Ross, a 33-year-old roofer, have been an item.',
        item,
      ),
    ).toEqual([true])
    expect(fatal('Tasha (19) and Adam (26) have been an item since June.', item)).toEqual([])
    expect(fatal('Adam (26) has been an item with her since June.', item)).toEqual([])
  })

  it('reads the age of the person from the text', () => {
    expect(fatal('Anna, 22, is a young woman from Hull.', youngWoman)).toEqual([])
    expect(fatal('Anna, aged 22, lives in Hull. She is a young woman.', youngWoman)).toEqual([])
    expect(fatal('Jade (15) lives in Hull. She is a young woman.', youngWoman)).toEqual([true])
    expect(fatal('She is now 19 but was 15 at the time. She was a young woman.', youngWoman)).toEqual([true])
    expect(fatal('Jade is a 15-year-old girl. She is a young woman.', youngWoman)).toEqual([true])
    expect(fatal('Lina is 25. She is a young woman.', youngWoman)).toEqual([])
    expect(fatal('At 23, Nadia is a young woman with two children.', youngWoman)).toEqual([])
    expect(fatal('Tomasz turned 18 in May; the young woman he lives with is kind.', youngWoman)).toEqual([])
    expect(fatal('The elder, 20, works; the younger, 15, is a young woman.', youngWoman)).toEqual([true])
    expect(fatal('Since turning 18 last year, the young woman has lived in Swansea.', youngWoman)).toEqual([])
    expect(fatal('The young woman, now 24, was held at a farm.', youngWoman)).toEqual([])
    expect(fatal('She was seen at 21:00 at 15 Station Road. She is a young woman.', youngWoman)).toEqual([
      true,
    ])
  })

  it('treats an unknown age as a child', () => {
    expect(fatal('She is a young woman.', youngWoman)).toEqual([true])
  })

  it('reads an age with "of", an age noun after the label or inside it', () => {
    const grown = testRule({phrases: ['{be} a grown man'], target: 'label', guards: {age: true}})
    expect(fatal('He is a grown man of 30 and was held on the farm.', grown)).toEqual([])
    expect(fatal('He is a grown man of 16.', grown)).toEqual([true])
    const mature = testRule({
      phrases: ['a mature', 'a mature _ year old'],
      target: 'label',
      guards: {age: true},
    })
    expect(fatal('Ana is a mature 26-year-old from Leeds.', mature)).toEqual([])
    expect(fatal('Kai is a mature 15-year-old.', mature)).toEqual([true])
    expect(fatal('Her boyfriend is 15 too.', boyfriend)).toEqual([])
  })

  it('reads the age of the person a list of descriptors follows', () => {
    const active = testRule({phrases: ['sexually active'], target: 'term', guards: {age: true}})
    expect(fatal('Client: 19yo male, sexually active, no concerns', active)).toEqual([])
    expect(fatal('Patient is a 22yo female, sexually active, attending for contraception.', active)).toEqual(
      [],
    )
    expect(fatal('Client: 15yo female, sexually active', active)).toEqual([true])
    expect(fatal('Jade (14), sexually active, missing twice', active)).toEqual([true])
    // An adult age counts only where no child is named: with YP, the adult may be someone else.
    expect(fatal('YP seen with 24yo male, sexually active', active)).toEqual([true])
    // A verb between: the list is not about that person.
    expect(fatal('Jade (15) was with Dean, 30, sexually active', active)).toEqual([true])
  })
})

describe('unless conditions', () => {
  it('skip matches preceded or followed by the listed phrases', () => {
    const rule = testRule({
      phrases: ['{admit}'],
      unless: [{followedBy: ['to hospital|a&e']}, {precededBy: ['was|were'], within: 2}],
    })
    expect(fatal('He admitted carrying the bag.', rule)).toEqual([true])
    expect(fatal('He admitted to hospital overnight.', rule)).toEqual([])
    expect(fatal('He was admitted on Monday.', rule)).toEqual([])
    expect(fatal('He was admitted to hospital.', rule)).toEqual([])
    expect(span(lintSync('He admitted it.', {ruleSpecs: [rule]}).messages[0]!)).toEqual([3, 11])
  })
})
