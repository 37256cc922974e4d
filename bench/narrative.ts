/**
 * A deterministic synthetic referral narrative for benchmarks: factual
 * sentences mixed with flagged wording, about one flagged phrase in six
 * sentences, as in a real first draft. Invented text only.
 */
const people = ['Jade', 'Kyle', 'Amira', 'Tomasz', 'Mia', 'Callum', 'Precious', 'Leon']
const places = ['Hull', 'Leeds', 'Margate', 'Luton', 'Swansea', 'Blackpool', 'Ipswich', 'Exeter']
const adults = ['Deano', 'Marcus', 'Kez', 'Big T', 'Ray']

const factual = [
  '{p}, aged 15, was collected from the family home in {c} by {a}, 24, on 14 March at about 21:00.',
  'Officers located {p} at 03:15 at a flat on Station Road in {c}, an address linked to the supply of class A drugs.',
  '{p} had two mobile phones; one was given to {o} by {a} and was topped up by him.',
  '{a} told {p} that {s} owed him £600 after drugs were taken from {o} in {c}.',
  'The DSL reports that attendance fell from 92% to 41% between September and January.',
  '{p} said that {a} threatened to hurt {o} younger brother if {s} did not go back to {c}.',
  'On return {p} was dishevelled and hungry and had bruising to both arms that {s} would not explain.',
  'A train ticket to {c} was bought for {p} by an adult who waited outside the station.',
  '{p} told the social worker, in {o} own words, that {s} "had no choice" about going.',
  'This is not a lifestyle choice; {p} cannot consent to {o} own exploitation.',
  'The 27-year-old drug dealer who rented the flat was arrested and the police refused bail.',
  '{p} has been reported missing six times since January and was found in {c} on four occasions.',
]
const flagged = [
  'Staff describe {p} as streetwise and say {s} went willingly with the men.',
  '{p} is thought to be a drug runner who is working for the elders in {c}.',
  'The school says {p} keeps putting {r} at risk by going missing.',
  '{p} agreed to go to {c} and chose to stay at the address.',
  'It is believed {p} is a gang member and is involved in county lines.',
  'The log records that {p} is sexually active with older men and has a boyfriend in {c}.',
]

/** About `words` words of narrative, the same text for the same arguments. */
export function narrative(words = 2000): string {
  const sentences: string[] = []
  let count = 0
  let n = 0
  while (count < words) {
    const female = n % 2 === 0
    const fill = (template: string): string =>
      template
        .replaceAll('{p}', people[n % people.length]!)
        .replaceAll('{c}', places[(n * 3) % places.length]!)
        .replaceAll('{a}', adults[(n * 7) % adults.length]!)
        .replaceAll('{s}', female ? 'she' : 'he')
        .replaceAll('{o}', female ? 'her' : 'his')
        .replaceAll('{r}', female ? 'herself' : 'himself')
    const template = n % 6 === 5 ? flagged[((n / 6) % flagged.length) | 0]! : factual[n % factual.length]!
    const sentence = fill(template)
    sentences.push(sentence)
    count += sentence.split(/\s+/).length
    n++
  }
  // Paragraphs of four sentences.
  const paragraphs: string[] = []
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '))
  return paragraphs.join('\n\n') + '\n'
}
