// Each integration test file gets its own temporary SQLite database (schema pushed by Payload in test mode).
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
process.env.DATABASE_URI = `file:${path.join(os.tmpdir(), `123digit-int-${randomUUID()}.db`)}`
