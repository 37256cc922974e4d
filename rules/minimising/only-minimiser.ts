import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'only-minimiser',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'only|just|merely a few|couple picture(s)|photo(s)|photograph(s)|image(s)|video(s)|clip(s)|message(s)|nudes|bag(s)|parcel(s)|package(s)|deal(s)|wrap(s)|drop(s)|run(s)|trip(s)|grams|bits',
    'only|just|merely a couple of picture(s)|photo(s)|photograph(s)|image(s)|video(s)|clip(s)|message(s)|nudes|bag(s)|parcel(s)|package(s)|deal(s)|wrap(s)|drop(s)|run(s)|trip(s)|grams|bits',
    'only|just|merely a picture|photo|photograph|image|video|selfie|nude|bag|parcel|package|deal|wrap|drop|run|bit of weed',
    'only|just|merely holding|carrying|minding|storing|keeping|delivering|dropping|passing|selling|running|moving',
    'only|just|merely sent|shared|swapped|took|posted a few|couple of? picture(s)|photo(s)|photograph(s)|image(s)|video(s)|nudes|selfies',
    'only|just|merely sending|sharing|swapping|exchanging picture(s)|photo(s)|image(s)|video(s)|nudes|message(s)',
    'only|just over $poss|the clothes|clothing|underwear',
    'only|just groped|touched|kissed|flashed|sexted|messaged',
    'only|just|merely messages|texts|texting|chat|chatting|talking|words|photos|pictures|images|online|snapchats|dms|flirting|comments',
  ],
  unless: [
    {
      followedBy: [
        'hands|hand|phone|phones|door|baby|sister|brother|breath|on|up|in|out|back|after|conversation|appointment|appointments|session|sessions|coat|keys|late|away|home|house|school|schools|placement|quiet|safe|warm|busy|calm|through|by|around',
        'an eye',
        'for a moment|minute|second',
      ],
      within: 2,
    },
    {
      followedBy: [
        'of $poss|the|my family|mum|mother|dad|father|home|brother|sister|baby|friends|school|pets|village|country',
      ],
    },
    {precededBy: ['the|not|an|a|her|his|their|my|our'], within: 1},
    {followedBy: ['$obj|me|us|people|adults|men|someone|anyone|everyone']},
  ],
  message: '`{actual}` makes exploitation sound small or harmless',
  suggestions: ['[describe what [adult] made [child] do, how often and where]'],
  note: 'Words such as "only" and "just" shrink what was done to the child and echo how exploiters describe it. State the facts without qualifying them.',
  sources: ['ZT', 'LM', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: 'Kyle was [[just holding]] a few bags for the older boys.',
        suggestions: ['[describe what [adult] made [child] do, how often and where]'],
      },
      'It was [[only a couple of pictures]] that Jade sent to the man.',
      'Mia sent [[just a few photos]] to him on Snapchat.',
      'He was [[only carrying]] for them at weekends, the YOT report says.',
      'The man [[only groped]] Jade once in the taxi, the log says.',
      'It was [[only over her clothes]], the duty sergeant noted.',
      'Amira was [[only sending pictures]] to a man she met online.',
      'Mia [[only sent a few pictures]] to the man, her mother says.',
      'Jade [[just shared a couple of photos]] with him on Snapchat.',
      'Tomasz was [[just delivering]] parcels for the men in the van.',
      'It was [[only a bit of weed]] he held for the elders.',
      'Jade was [[just sharing nudes]] with older boys, the school said.',
      'Harm level: minor – [[just messages]], no contact offence',
      'It was [[only texts]] and photos, the school said.',
    ],
    correct: [
      'Jade was the only child at the flat when police arrived.',
      'Kyle was spoken to only after the meeting had ended.',
      'Mia was just holding her phone when the car pulled up.',
      'Avoid words like "only" that shrink what happened to a child.',
      'Amira has only a few photos of her family from Eritrea.',
      'She just messages him every night and he replies.',
    ],
  },
} satisfies RuleSpec
