import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'entrepreneurial',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'entrepreneurial',
    'enterprising',
    'entrepreneur(s)',
    'business minded|savvy|like',
    'head for business',
    'a|$poss business selling|dealing|supplying|moving',
    '$poss own business',
    '$poss own boss',
    'side hustle(s)',
    '{see}|{view}|{treat}|{describe} it as a business|job|career',
    '{see}|{view}|{treat}|{describe}|{call}|{regard}|{consider} it|this|that as? $poss own? business|line|trade|hustle',
    // A child's labour or dealing as earning a living: "just lads trying to make a living", "doing a bit of work on the side".
    'lads|boys|kids|girls|youngsters|teenagers|yps trying|looking|wanting|out to make|earn a living|crust',
    'lads|boys|kids|girls|youngsters|teenagers|yps trying|looking|wanting|out to make|earn money|cash|a-few-quid|a-bit-of-money|some-money|some-cash|extra-money',
    '{do} a bit of|some|a-little work|graft|business|dealing|selling on the side',
  ],
  unless: [
    {
      followedBy: [
        'premises|owner|owners|address|addresses|account|accounts|partner|partners|rates|park|studies|studies|course|courses|class|classes|plan|award|scheme|enterprise|module',
      ],
    },
    {
      precededBy: [
        'man|men|adult|adults|uncle|father|dad|landlord|owner|exploiter|exploiters|trafficker|traffickers|elders|olders|Deano|boss|employer',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` adopts the exploiters’ framing of exploitation as enterprise',
  suggestions: ['was made to sell drugs for [adult]', 'was exploited by [adult] to [describe the work]'],
  note: 'Describing a child’s exploitation as a business or as entrepreneurial treats it as a free enterprise and hides the adults who profit. Describe what the child was made to do and for whom.',
  sources: ['CARDIFF-LANG', 'TCS-LP', 'CCE-DEF'],
  examples: {
    incorrect: [
      {
        text: 'Kyle is [[entrepreneurial]] and sees selling cannabis as easy money.',
        suggestions: [
          'was made to sell drugs for [adult]',
          'was exploited by [adult] to [describe the work]',
        ],
      },
      'Jay sees himself as a young [[entrepreneur]], the YOT worker wrote.',
      'The panel noted that Kyle is [[enterprising]] with the phones he sells.',
      'The school described Kyle as very [[business minded]] with the vapes.',
      'Tomasz has [[a business selling]] stolen phones at school.',
      'Kyle treats the line as [[his own business]], his carer says.',
      'Jay likes being [[his own boss]] on the line in Swindon.',
      "Kyle's parcel runs are a [[side hustle]] for extra cash, the file notes.",
      'The social worker [[sees it as a business]] rather than exploitation.',
      'Staff think Kyle has a [[head for business]] given the cash he carries.',
      'Kai [[calls it his line]] and says he is the boss.',
      "Officer's note: [[boys trying to earn a few quid]], no concerns.",
      'Car wash visit: [[lads out to earn a crust]], well fed.',
      'Closure: he is [[doing a bit of business on the side]] with the olders.',
    ],
    correct: [
      'Dad is a builder trying to make a living.',
      'His brother, 24, runs a business on the side.',
      'The car wash business owner paid Tomasz nothing for six months.',
      'Police searched the business premises on Mill Road on 2 May.',
      'Kyle was made to sell drugs in Swindon by two adult men.',
      'Avoid words like "entrepreneurial" about a child who is exploited.',
      'Jade wants to study business at college next year.',
    ],
  },
} satisfies RuleSpec
