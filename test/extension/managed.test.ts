/**
 * Deployment by policy: Chromium's managed policy for an extension (the
 * `3rdparty` section of a policy file in /etc/chromium/policies/managed/,
 * which is how Linux deployments set it) enables a site and the adult
 * preset; the extension checks that site at once, with those settings,
 * and the options page says the organisation set them.
 *
 * The policy file is read by every Chromium on the machine, so the test
 * runs a copy of the extension under a key of its own (a fresh id) and
 * names only that id; the file is removed afterwards.
 */
import {accessSync, constants, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from '../helpers/build.js'
import {
  buildForTest,
  foreign,
  grantedProfile,
  highlightsWhere,
  launchWithExtension,
  screenshots,
  serveFixtures,
  until,
  withOwnKey,
  type Fixtures,
  type Running,
} from './setup.js'

const policies = '/etc/chromium/policies/managed'

/** Whether this machine lets the test write Chromium's policy folder (CI runs as root). */
function policyWritable(): boolean {
  try {
    mkdirSync(policies, {recursive: true})
    accessSync(policies, constants.W_OK)
    return true
  } catch {
    return false
  }
}

const writable = policyWritable()
let fixtures: Fixtures
let browser: Running
let policyFile = ''
let profile = ''
let copyFolder = ''
let out = ''

beforeAll(async () => {
  if (!writable) return
  const folders = await buildForTest('managed')
  out = folders.out
  const copy = withOwnKey(
    folders.chromium,
    join(root, 'test-artifacts', `extension-managed-copy-${String(process.pid)}`),
  )
  copyFolder = copy.folder
  fixtures = await serveFixtures()
  policyFile = join(policies, `referral-lint-test-${copy.id}.json`)
  writeFileSync(
    policyFile,
    JSON.stringify({
      '3rdparty': {
        extensions: {[copy.id]: {sites: [fixtures.origin], preset: 'adult', allow: ['streetwise']}},
      },
    }),
  )
  profile = join(root, 'test-artifacts', `extension-profile-managed-${String(process.pid)}`)
  // Host access for the origin, as the browser records it once allowed (see grantedProfile).
  grantedProfile(profile, copy.id, copy.folder, ['http://127.0.0.1/*'])
  browser = await launchWithExtension(copy.folder, profile)
  expect(browser.id).toBe(copy.id)
}, 300_000)

afterAll(async () => {
  if (policyFile) rmSync(policyFile, {force: true})
  await browser?.context.close()
  await fixtures?.close()
  for (const folder of [profile, copyFolder, out]) if (folder) rmSync(folder, {recursive: true, force: true})
})

describe('settings deployed by policy', () => {
  it.skipIf(!writable)(
    'a policy that enables a site and sets the adult preset takes effect without user action',
    async () => {
      expect(await browser.worker.evaluate(() => chrome.storage.managed.get())).toEqual({
        sites: [fixtures.origin],
        preset: 'adult',
        allow: ['streetwise'],
      })
      // Nobody opened the pop-up: the background registered the site from policy.
      await until(async () => {
        const scripts = await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())
        return scripts.length > 0 ? scripts : undefined
      }, 'the content script to be registered')
      const page = await browser.context.newPage()
      await page.goto(`${fixtures.origin}/form.html`)
      await page.locator('#narrative').click()
      // "young woman" is flagged for a child, not under the adult preset; the policy allows "streetwise".
      await page.keyboard.type('She is a young woman who is streetwise. He is a drug runner.')
      const highlights = await highlightsWhere(page, (found) => found.length > 0)
      expect(highlights.map((mark) => mark.rule)).toEqual(['drug-runner'])
      expect(await browser.worker.evaluate(() => chrome.storage.local.get(null))).toEqual({})

      const options = await browser.context.newPage()
      await options.goto(`chrome-extension://${browser.id}/options.html`)
      await options.locator('#managed').waitFor({state: 'visible', timeout: 20_000})
      expect(await options.locator('input[name=preset][value=adult]').isChecked()).toBe(true)
      expect(await options.locator('input[name=preset][value=adult]').isDisabled()).toBe(true)
      expect(await options.locator('.lock[data-for="preset"]').isVisible()).toBe(true)
      expect(await options.locator(`#sites li[data-origin="${fixtures.origin}"]`).textContent()).toContain(
        'enabled by your organisation',
      )
      await options.screenshot({path: join(screenshots, 'options-managed.png'), fullPage: true})
      expect(foreign(browser.requests, fixtures.origin, browser.id)).toEqual([])
      await options.close()
      await page.close()
    },
    120_000,
  )
})
