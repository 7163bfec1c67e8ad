// Creates .env with a random PAYLOAD_SECRET on first run, so the quick start needs no manual step.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../.env', import.meta.url)
const current = existsSync(file) ? readFileSync(file, 'utf8') : ''
if (!/^PAYLOAD_SECRET=.+/m.test(current) && !process.env.PAYLOAD_SECRET) {
  const line = `PAYLOAD_SECRET=${randomBytes(32).toString('hex')}\n`
  writeFileSync(file, current + (current && !current.endsWith('\n') ? '\n' : '') + line)
  console.log('Created .env with a new PAYLOAD_SECRET')
}
