import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'suspect',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'the|a suspect',
    '{be} a|the suspect',
    '{be} a|the main|prime|key|chief|named|lead suspect',
    'as a|the suspect',
    'child|young|teenage|juvenile suspect(s)',
  ],
  unless: [
    {
      followedBy: [
        "was|is|were|are|has|had|have|will|would|could|can|may|might|did|does|then|later|also|told|said|left|ran|fled|drove|gave|made|took|who|whom|whose|that|arrived|threatened|remains|remained|denied|owns|owned|lives|lived|rents|rented|used|sent|called|met|picked|collected|paid|kept|held|forced|brought|approached|messaged|supplied|'s|and|or|refused|refuses|declined|declines|escaped|attempted|tried|became|appeared|appears|seemed|spoke|answered|replied|responded|provided|lied|threw|dropped|hid|pulled|produced|carried|possessed|returned|went|came|got|lost|stole|attacked|assaulted|stabbed|raped|abused|groomed|exploited|controlled|moved|trafficked|recruited|contacted|visited|stayed|stays|rang|phoned|texted|wanted|asked|demanded|ordered|instructed|refuse|continued|continues|admitted|accepted|claims|says|states|stated|believed|believes|knew|knows|insisted|insists|should|must|needs|appear|appears|referred|refers|describes|described|wrote|writes|posted|posts|labelled|labels|nicknamed|texted|texts|messages|boasted|boasts",
      ],
    },
    {followedBy: ['@crime-adult-age'], within: 4},
    // "treated as a suspect rather than a victim": the wrong framing, named as wrong.
    {followedBy: ['rather than|instead of a|an? victim|child', 'and not as? a|an victim|child'], within: 1},
    {
      precededBy: [
        'arrested|charged|interviewed|identified|detained|located|traced|named|searched|released|bailed|cautioned|questioned|convicted|sentenced|remanded|another|second|third|fourth|further|other|adult|male|female|for|no|any|one|as',
      ],
    },
  ],
  guards: {age: true},
  message:
    '`{actual}` labels an exploited child as a suspect rather than a child who has been criminally exploited',
  suggestions: [
    '[child], a child who has been criminally exploited',
    'child criminally exploited by [adult]',
  ],
  note: 'Police wording for an arrested person recasts an exploited child as the offender and hides the adults who exploit them. Name the child and age, record the arrest as a fact and say who made the child offend.',
  sources: ['LM', 'TCS-LP', 'MSA-S45'],
  examples: {
    incorrect: [
      {
        text: '[[The suspect]], Rocco (16), was found with 20 wraps in Hereford.',
        suggestions: [
          '[child], a child who has been criminally exploited',
          'child criminally exploited by [adult]',
        ],
      },
      'Rocco, 16, [[is a suspect]] in the robbery in Hereford.',
      'Rocco (16), [[a suspect]] in the robbery, was held overnight in Leeds.',
      'Kai (15) [[was the main suspect]] for the burglary in Leeds.',
      'The log records Kai, 15, [[as the suspect]] for the stabbing.',
      'Three [[teenage suspects]], all aged 14 to 16, were held at the flat.',
    ],
    correct: [
      'Officers treated Rocco (16) as a suspect rather than a victim.',
      'The suspect was charged with possession with intent to supply.',
      'The suspect, Deano (28), was charged with trafficking offences.',
      'Police arrested the suspect at an address in Luton.',
      'Officers are still looking for a suspect.',
      'A suspect was seen leaving the flat at 2am.',
      'Kai was interviewed as a suspect on 4 May and released under investigation.',
      'Officers treated Deano (28) as a suspect after the search.',
      'Kai (15) was arrested for possession and is a child who has been criminally exploited.',
      "The suspect's phone held messages sent to Kai.",
      'Rocco is not a suspect; he is a child who was exploited.',
      'Avoid calling an exploited child "the suspect" in a referral.',
      "One of the suspects referred to Demi (14) as 'my girl' in a voice note.",
    ],
  },
} satisfies RuleSpec
