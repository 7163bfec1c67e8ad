// Each integration test file gets its own temporary SQLite database (schema pushed by Payload in test mode),
// removed when the file's tests are done.
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

const file = path.join(os.tmpdir(), `123digit-int-${randomUUID()}.db`)
process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
process.env.DATABASE_URI = `file:${file}`

afterAll(() => {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true })
})
