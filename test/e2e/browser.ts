import { existsSync } from 'node:fs'

import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((candidate): candidate is string => Boolean(candidate))

/** Debian's Chromium (never a downloaded browser), or null with the reason it is missing. */
export const findChromium = (): { path: null | string; reason: string } => {
  const found = CANDIDATES.find((candidate) => existsSync(candidate))
  if (found) return { path: found, reason: '' }
  return {
    path: null,
    reason: `no Chromium at ${CANDIDATES.join(', ')} (apt-get install -y chromium)`,
  }
}

/** Playwright gives every launch a fresh, empty profile of its own (a new user data dir). */
export const launchChromium = (executablePath: string): Promise<Browser> =>
  chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    executablePath,
  })
