import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'customers',
  category: 'criminalising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'punter(s)',
    '$owner drug? customers|buyers',
    '$owner regular customers|buyers',
    // The child's "clients" and "regulars": the trade frame for the adults who abuse or buy.
    '$poss clients|regulars',
    '$poss regular|main|usual clients|punters',
    '{see}|{meet}|{service}|{entertain}|{take} clients|punters|johns',
    // The child's trade as a business with a clientele: "built up a tidy customer base", "her client list".
    '$poss @jv-degree? tidy|regular|loyal|steady|growing|established|little|own? customer|client|punter base|bases|list|lists|book',
    'build|builds|built|building|{develop}|{establish}|grow|grows|grew|grown|growing up? a|an|$poss @jv-degree? tidy|regular|loyal|steady|growing|little|nice|good|big|decent? little? customer|client|punter base|list',
    'multiple|several|many|numerous|various|different|a-number-of|a-few clients|customers',
    // "She has regular clients": the clientele as the child's own.
    '$subj|@jv-child-noun {have} regular|repeat|loyal|steady|her-own|his-own clients|punters|customers',
    // The customers as the child's own, after any subject: "Rhys, 15, has his own customers".
    '{have} his-own|her-own|their-own customers|punters|buyers',
    // "had a customer list on their phones", "keeps a client book".
    '{have}|{keep} a|an|$poss customer|client|punter list|lists|base|book',
    // The child as the buyers' favourite: "a favourite with the punters".
    'a|the|firm favourite|favourites with|of|among the|$poss punters|johns',
  ],
  unless: [
    'professional-subject',
    // A business's own list: "the shop has a customer list for deliveries".
    {
      precededBy: ['shop|store|business|company|firm|takeaway|café|cafe|salon|garage|bank|pharmacy|we|they'],
      within: 2,
    },
  ],
  guards: {age: true},
  message: '`{actual}` casts the people buying drugs or sex as the child’s customers',
  suggestions: [
    'adults who bought drugs from [adult] through [child]',
    'men who paid [adult] to sexually abuse [child]',
  ],
  note: 'Trade language makes the child the seller and hides who controlled the supply or arranged the abuse. Name the adults who profited and the people who bought drugs or paid to abuse the child.',
  sources: ['NSPCC-CCE', 'LSCB-TBL', 'DFE-CSE'],
  examples: {
    incorrect: [
      'Rhys, 15, [[has his own customers]] in Barnstaple.',
      'Concerns: YP (14) [[has her own punters]] at the hotel.',
      'Leah (14) was [[the favourite of the punters]] at the flat.',
      'Jade (15) is [[a favourite with the punters]], the note says.',
      'Since May [[she has regular clients]] at the hotel.',
      'In Margate [[Kyle’s customers]] knew him by a street name; he is 15.',
      {
        text: 'Kyle, 15, delivered to [[his customers]] on a pushbike in Hastings.',
        suggestions: [
          'adults who bought drugs from [adult] through [child]',
          'men who paid [adult] to sexually abuse [child]',
        ],
      },
      'Several [[punters]] visited the flat while Amira was there.',
      "Police found a list of [[her regular customers]] on Amira's phone.",
      'He kept the numbers of [[his drug buyers]] in a second phone.',
      'Jade (15) [[sees clients]] at a flat in Bradford, the log says.',
      '[[Her clients]] at the hotel were men in their forties, the log says.',
      'At 15 she was kept in a house in Leeds; [[her regular clients]] paid Rafiq directly.',
      'Ryan (16) has [[built up a tidy little customer base]] in Barnstaple.',
      '[[His client list]] was on the second phone; he is 15.',
      'Leah, 15, has [[several clients]] at the hotel in Luton, the log says.',
      'Nurse note: 15yo, [[multiple clients]] in the city centre per YP.',
      'Both boys (15 and 16) [[had a customer list]] on their phones.',
    ],
    correct: [
      'The shop has a customer list for deliveries.',
      'Anna, 31, has her own customers at the market stall.',
      'Avoid saying a child "has his own customers".',
      'The salon’s clients’ favourite was the cut-price manicure.',
      'The café is a favourite with the customers from the estate.',
      'The salon has regular clients from the estate.',
      'Anna is 35 and she has regular clients at the salon.',
      'Men paid Lee, 31, to sexually abuse Amira at the flat.',
      'The customers at the car wash did not speak to Tomasz.',
      'Avoid words such as "punters" for men who abuse children.',
      'The organiser’s clients were adult men who paid him, not Amira.',
      'Anna, 26, says her clients at the salon were kind to her.',
      'The social worker said her clients often miss appointments.',
      'The bank closed several customer accounts after the fraud, including his.',
      'Anna, 29, sees multiple clients a day at the salon where she works.',
      'The takeaway has a loyal customer base in the town, its owner told police.',
    ],
  },
} satisfies RuleSpec
