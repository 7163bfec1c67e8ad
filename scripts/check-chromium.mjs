// `npm run test:e2e` starts here: Playwright drives Debian's chromium (playwright.config.ts). A test command
// installs nothing: without the browser it stops with what to run (scripts/setup-chromium.sh, run by .ci/run).
import { existsSync } from 'node:fs'

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (!existsSync(chromiumPath)) {
  console.error(
    `No Chromium at ${chromiumPath}. Install it once with \`bash scripts/setup-chromium.sh\` ` +
      '(Debian chromium through apt), or set CHROMIUM_PATH to an installed Chromium.',
  )
  process.exit(1)
}
