// Fails when payload-types.ts or the admin import map are stale: regenerates them and compares.
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const files = ['payload-types.ts', 'app/(payload)/admin/importMap.js']
const before = files.map((file) => readFileSync(file, 'utf8'))
execSync('npm run --silent generate', { stdio: 'inherit' })
const stale = files.filter((file, i) => readFileSync(file, 'utf8') !== before[i])
if (stale.length) {
  console.error(`Stale generated files (now regenerated, commit them): ${stale.join(', ')}`)
  process.exit(1)
}
console.log('Generated files are up to date.')
