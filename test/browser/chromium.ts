/**
 * Launch the system's Chromium (Debian package `chromium`) through playwright-core, with the
 * flags that keep it quiet on a closed network (see ../shared/design/TOOLCHAIN.md).
 */
import {existsSync} from 'node:fs'
import {chromium, type Browser, type Page} from 'playwright-core'

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install it (\`apt-get install -y chromium\`) or set CHROMIUM_PATH`)
  }
  return chromium.launch({executablePath: chromiumPath, args: flags})
}

/** Collect what the page reports as broken: uncaught errors and console errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  return errors
}
