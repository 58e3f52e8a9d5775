#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests, in this order: $CHROMIUM_PATH; Debian's /usr/bin/chromium;
 * Playwright's own download; `npx playwright install chromium`; and, where that is impossible and apt
 * is available, `apt-get install -y chromium`. Prints what it does; exports the path via stdout last line.
 */
import { execSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const log = (message) => console.error(`[chromium] ${message}`)
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const systemChromium = () => SYSTEM_PATHS.find((p) => existsSync(p)) ?? null

export async function ensureChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) {
      log(`using CHROMIUM_PATH=${process.env.CHROMIUM_PATH}`)
      return process.env.CHROMIUM_PATH
    }
    log(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; looking elsewhere`)
  }
  let found = systemChromium()
  if (found) {
    log(`using the system Chromium at ${found}`)
    return found
  }
  found = await playwrightOwn()
  if (found) {
    log(`using Playwright's own Chromium at ${found}`)
    return found
  }
  log('no Chromium found; trying `npx playwright install chromium`')
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
  if (install.status === 0 && (found = await playwrightOwn())) {
    log(`installed Playwright's Chromium at ${found}`)
    return found
  }
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (hasApt) {
    const root = process.getuid?.() === 0
    const sudo = root ? '' : 'sudo '
    log(`Playwright could not download a browser; installing Debian's chromium with \`${sudo}apt-get install -y chromium\``)
    try {
      execSync(`${sudo}apt-get update && ${sudo}apt-get install -y chromium`, { stdio: 'inherit' })
    } catch {
      log('apt-get failed')
    }
    found = systemChromium()
    if (found) return found
  }
  throw new Error('No Chromium available: set CHROMIUM_PATH, install chromium, or allow `npx playwright install chromium`.')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureChromium()
    .then((path) => console.log(path))
    .catch((error) => {
      console.error(error.message)
      process.exit(1)
    })
}
