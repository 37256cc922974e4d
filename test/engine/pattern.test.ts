import {describe, expect, it} from 'vitest'
import {verbForms} from '../../src/engine/inflect.js'
import {expandPattern, PatternError} from '../../src/engine/pattern.js'

describe('verbForms', () => {
  it('inflects irregular verbs', () => {
    expect(verbForms('choose')).toEqual(['choose', 'chooses', 'chose', 'chosen', 'choosing'])
    expect(verbForms('go')).toContain('went')
  })

  it('inflects regular verbs with English spelling rules', () => {
    expect(verbForms('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing'])
    expect(verbForms('carry')).toEqual(['carry', 'carries', 'carried', 'carrying'])
    expect(verbForms('place')).toEqual(['place', 'places', 'placed', 'placing'])
    expect(verbForms('plug')).toEqual(['plug', 'plugs', 'plugged', 'plugging'])
    expect(verbForms('engage')).toContain('engaging')
    expect(verbForms('refuse')).toContain('refused')
  })

  it('doubles a final consonant of a longer verb, keeping the plain form too', () => {
    expect(verbForms('admit')).toEqual(expect.arrayContaining(['admitted', 'admitting', 'admits']))
    expect(verbForms('visit')).toEqual(expect.arrayContaining(['visited', 'visiting']))
  })

  it('gives both UK and US spellings where a final l doubles', () => {
    expect(verbForms('travel')).toEqual(
      expect.arrayContaining(['travelled', 'traveled', 'travelling', 'traveling']),
    )
  })
})

describe('expandPattern', () => {
  it('expands alternatives, verbs, suffixes, optional words and pronoun sets', () => {
    expect(expandPattern('gang member(s)')).toEqual([
      ['gang', 'member'],
      ['gang', 'members'],
    ])
    expect(expandPattern('very? mature')).toEqual([['mature'], ['very', 'mature']])
    // Notes leave the possessive out before "own" ("of own accord"), so `$poss` is optional there.
    expect(expandPattern('of $poss own accord')).toHaveLength(4)
    expect(expandPattern('{agree} to go|travel')).toHaveLength(8)
  })

  it('expands groups of several-word alternatives', () => {
    expect(expandPattern('like (an adult|a grown up)')).toEqual([
      ['like', 'an', 'adult'],
      ['like', 'a', 'grown', 'up'],
    ])
    // A negative contraction is its verb and "not", so both spellings are one sequence.
    expect(expandPattern("(doesn't|does not) add up")).toEqual([['does', 'not', 'add', 'up']])
    expect(() => expandPattern('(an adult|)')).toThrow(/empty/)
    expect(() => expandPattern('(an adult')).toThrow(/not closed/)
  })

  it('treats hyphens as word breaks and normalises case and apostrophes', () => {
    expect(expandPattern('Gang-Member')).toEqual([['gang', 'member']])
    expect(expandPattern('won’t engage')).toEqual([['will', 'not', 'engage']])
    expect(expandPattern("she's|they're keen")).toEqual([
      ['she', "'s", 'keen'],
      ['they', 'are', 'keen'],
    ])
  })

  it('rejects patterns it cannot read, naming the problem', () => {
    expect(() => expandPattern('')).toThrow(PatternError)
    expect(() => expandPattern('_ willingly')).toThrow(/cannot start with `_`/)
    expect(() => expandPattern('a||b')).toThrow(/alternative .* is empty/)
    expect(() => expandPattern('{go')).toThrow(/cannot read "\{go"/)
    expect(() => expandPattern(': money')).toThrow(/needs a field label before it/)
    expect(() => expandPattern('motivation? : money')).toThrow(/needs a field label before it/)
    expect(() => expandPattern('motivation :')).toThrow(/needs a value after it/)
    expect(() => expandPattern('motivation :? money')).toThrow(/cannot be optional/)
  })

  it('makes `$poss` optional before "own" after another word, never at the start', () => {
    expect(expandPattern('{make} $poss own choices')).toContainEqual(['made', 'own', 'choices'])
    expect(expandPattern('$poss own line')).not.toContainEqual(['own', 'line'])
  })

  it('keeps a field break `:` as a slot of its own', () => {
    expect(expandPattern('reason for? missing : money')).toEqual([
      ['reason', 'missing', ':', 'money'],
      ['reason', 'for', 'missing', ':', 'money'],
    ])
  })
})
