// Playwright cannot download its own browser here: use Debian's chromium, installing it with apt if missing.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (existsSync(chromiumPath)) {
  process.exit(0)
}
console.log(`No Chromium at ${chromiumPath}: installing Debian's chromium with apt…`)
const sudo = process.getuid?.() === 0 ? '' : 'sudo '
execSync(
  `${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core`,
  {
    stdio: 'inherit',
  },
)
if (!existsSync(chromiumPath)) {
  console.error('Chromium is still missing after apt-get install.')
  process.exit(1)
}
