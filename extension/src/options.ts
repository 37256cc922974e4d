/// <reference types="chrome" />
/// <reference lib="dom" />
/**
 * The options page: preset, categories, allowed phrases, reference date,
 * and the list of enabled sites. Settings the administrator set through
 * policy are shown locked, with a note that they win over the user's.
 */
import {categories} from '../../src/vocabulary.js'
import type {Request} from './messages.js'
import {originOf, patternOf, type Effective, type Settings} from './settings.js'

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T

async function settings(): Promise<Effective> {
  return await chrome.runtime.sendMessage<Request, Effective>({type: 'settings'})
}

function render(effective: Effective): void {
  const {settings: current, locked, managedSites} = effective
  element('managed').hidden = Object.keys(locked).length === 0
  for (const note of document.querySelectorAll<HTMLElement>('.lock')) {
    note.hidden = !locked[note.dataset.for as keyof Settings]
  }
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=preset]')) {
    radio.checked = radio.value === current.preset
    radio.disabled = locked.preset === true
  }
  const box = element('categories')
  for (const old of box.querySelectorAll('label')) old.remove()
  for (const category of categories.filter((name) => name !== 'indicator')) {
    const label = document.createElement('label')
    const input = document.createElement('input')
    input.type = 'checkbox'
    input.name = 'category'
    input.value = category
    input.checked = current.categories.includes(category)
    input.disabled = locked.categories === true
    label.append(input, ` ${category}`)
    box.append(label)
  }
  const allow = element<HTMLTextAreaElement>('allow')
  allow.value = current.allow.join('\n')
  allow.disabled = locked.allow === true
  const date = element<HTMLInputElement>('reference-date')
  date.value = current.referenceDate ?? ''
  date.disabled = locked.referenceDate === true
  element('sites').replaceChildren(
    ...current.sites.map((origin) => {
      const item = document.createElement('li')
      item.dataset.origin = origin
      item.append(origin)
      if (managedSites.includes(origin)) {
        item.append(' — enabled by your organisation')
      } else {
        const remove = document.createElement('button')
        remove.type = 'button'
        remove.textContent = 'Turn off'
        remove.setAttribute('aria-label', `Turn off checking on ${origin}`)
        remove.addEventListener('click', () => {
          void chrome.runtime.sendMessage({type: 'disable', origin}).then(load)
        })
        item.append(' ', remove)
      }
      return item
    }),
  )
}

async function load(): Promise<void> {
  render(await settings())
}

element<HTMLFormElement>('form').addEventListener('submit', (event) => {
  event.preventDefault()
  const preset = document.querySelector<HTMLInputElement>('input[name=preset]:checked')?.value
  const chosen = [...document.querySelectorAll<HTMLInputElement>('input[name=category]:checked')].map(
    (input) => input.value,
  )
  const date = element<HTMLInputElement>('reference-date').value
  const next = {
    preset,
    categories: chosen,
    allow: element<HTMLTextAreaElement>('allow')
      .value.split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    ...(date ? {referenceDate: date} : {}),
  }
  void chrome.runtime.sendMessage({type: 'save', settings: next}).then((effective: Effective) => {
    render(effective)
    element('saved').textContent = 'Saved.'
  })
})

element<HTMLFormElement>('add').addEventListener('submit', (event) => {
  event.preventDefault()
  const origin = originOf(element<HTMLInputElement>('origin').value)
  if (!origin) return
  // Asked here, in the click, for this origin only.
  void chrome.permissions.request({origins: [patternOf(origin)]}).then(async (yes) => {
    if (yes) await chrome.runtime.sendMessage({type: 'enable', origin})
    await load()
  })
})

void load()
