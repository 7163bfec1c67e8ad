import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startSmtp, type ReceivedMail } from '@/tests/support/smtp'
import { startCluster } from '@/scripts/cluster/cluster.mjs'

import { clusterPorts, smtpPort } from './ports'

export const clusterInbox = path.join(process.cwd(), 'test-results', 'cluster-mail')

/**
 * Global setup: an SMTP server (each mail written as a JSON file, read by tests/e2e-cluster/support.ts), then
 * Redis, two instances on a fresh migrated and seeded database and nginx in front (scripts/cluster/cluster.mjs).
 * NEXT_PUBLIC_SERVER_URL stays unset: the public origin must come from nginx's forwarded headers.
 */
export default async function setup() {
  rmSync(clusterInbox, { recursive: true, force: true })
  mkdirSync(clusterInbox, { recursive: true })
  const smtp = await startSmtp(smtpPort)
  let count = 0
  const original = smtp.mails.push.bind(smtp.mails)
  smtp.mails.push = (...mails: ReceivedMail[]) => {
    for (const mail of mails) {
      // Written beside, then renamed (atomic): the tests' processes never read half a file.
      const file = path.join(clusterInbox, `${Date.now()}-${count++}.json`)
      writeFileSync(`${file}.part`, JSON.stringify(mail))
      renameSync(`${file}.part`, file)
    }
    return original(...mails)
  }
  const env = { ...process.env }
  delete env.NEXT_PUBLIC_SERVER_URL
  process.env = env
  let cluster: { stop: () => Promise<void> }
  try {
    cluster = await startCluster({
      port: clusterPorts.nginx,
      purgePort: clusterPorts.purge,
      redisPort: clusterPorts.redis,
      instancePorts: [clusterPorts.a, clusterPorts.b],
      database: 'file:./data/e2e-cluster.db',
      workDir: 'test-results/cluster',
      fresh: true,
      // CLUSTER_LOG=1 shows the instances' own logs (JSON lines).
      log: process.env.CLUSTER_LOG === '1',
      // A killed instance's job is taken over after 5 s, not a minute (the newsletter test).
      env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, JOBS_LEASE_MS: '5000', JOBS_INTERVAL_MS: '1000' },
    })
  } catch (err) {
    await smtp.close()
    throw err
  }
  return async () => {
    await cluster.stop()
    await smtp.close()
  }
}
