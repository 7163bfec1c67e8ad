import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registerForEvent } from '@/lib/events/register-for-event'
import { acquireLease, releaseLease } from '@/lib/concurrency/lease'
import { runJobsOnce } from '@/lib/jobs/runner'
import { loadStructureIndex } from '@/lib/map/index'
import { queueNewsletter } from '@/lib/newsletter/job'
import { idOf } from '@/lib/payload/relations'
import type { SaveProgressInput } from '@/lib/progress/save-progress'
import { startSmtp } from '@/tests/support/smtp'

import { createModule, createTheme } from './support/fixtures'
import { testOrigin } from './support/origin'
import { startInstance } from './support/instances'
import { createMember, createStaff, password, structureData } from './support/members'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

// Each test starts other Node processes that load Payload: minutes on a busy machine, hence the long timeouts.

/**
 * Issue 14, point 3: what several server instances share lives in the database. Each test races this process
 * against other Node processes (tests/int/support/instance.ts) on the same SQLite file: nothing in one
 * process's memory may be what keeps them apart.
 */
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtp>>
const day = 86_400_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  payload = await startPayload()
})

afterAll(async () => {
  await smtp?.close()
})

async function twoInstances(tasks: [Record<string, unknown>, Record<string, unknown>]) {
  const instances = tasks.map((task) => startInstance(task))
  await Promise.all(instances.map((i) => i.ready))
  for (const instance of instances) instance.go()
  return Promise.all(instances.map((i) => i.result))
}

describe('event seats', () => {
  it('gives exactly 2 seats to 20 registrations spread over two instances, and a cancelled seat to the next', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Atelier couru',
        slug: 'atelier-couru',
        kind: 'workshop',
        summary: 'Résumé',
        startsAt: new Date(Date.now() + day).toISOString(),
        endsAt: new Date(Date.now() + day + 5_400_000).toISOString(),
        startsAt_tz: 'Europe/Brussels',
        endsAt_tz: 'Europe/Brussels',
        capacity: 2,
        place: 'Rue de Fer 1, Namur',
        language: 'fr',
        audience: 'aidants',
        _status: 'published',
      },
      locale: 'fr',
      overrideAccess: true,
    })
    const emails = Array.from({ length: 20 }, (_, i) => `course${i}@example.com`)
    const [a, b] = (await twoInstances([
      { kind: 'register', slug: event.slug, emails: emails.slice(0, 10) },
      { kind: 'register', slug: event.slug, emails: emails.slice(10) },
    ])) as string[][]
    const answers = [...a!, ...b!]
    expect(answers.filter((s) => s === 'confirmed')).toHaveLength(2)
    expect(answers.filter((s) => s === 'waitlist')).toHaveLength(18)

    const rows = async () =>
      (
        await payload.find({
          collection: 'event-registrations',
          where: { event: { equals: event.id } },
          pagination: false,
          depth: 0,
        })
      ).docs
    const confirmed = (await rows()).filter((r) => r.status === 'confirmed')
    expect(confirmed.map((r) => r.seat).sort()).toEqual([`e${event.id}:s1`, `e${event.id}:s2`])
    expect(await rows()).toHaveLength(20)

    // Staff cancel a seat in /admin: the next registration takes it, the one after waits.
    await payload.update({
      collection: 'event-registrations',
      id: confirmed[0]!.id,
      data: { status: 'cancelled' },
      overrideAccess: true,
    })
    const register = async (email: string) => {
      const result = await registerForEvent({
        payload,
        actor: null,
        input: { slug: event.slug, locale: 'fr', name: 'Tard', email, structure: '', origin: testOrigin },
      })
      return result.ok && result.value
    }
    expect(await register('tard1@example.com')).toBe('confirmed')
    expect(await register('tard2@example.com')).toBe('waitlist')
    // The cancelled person may come back: their address is free again, on the waiting list now.
    expect(await register(confirmed[0]!.email)).toBe('waitlist')
    expect(await register('tard1@example.com')).toBe('already')
    // Staff promote someone from the waiting list by hand: they get a seat number of their own.
    const waiting = (await rows()).find((r) => r.email === 'tard2@example.com')!
    const promoted = await payload.update({
      collection: 'event-registrations',
      id: waiting.id,
      data: { status: 'confirmed' },
      overrideAccess: true,
    })
    expect(promoted.seat).toBe(`e${event.id}:s3`)
    expect(new Set((await rows()).filter((r) => r.status === 'confirmed').map((r) => r.seat)).size).toBe(3)
  }, 240_000)
})

describe('progress', () => {
  it('keeps one row and every step when saves of one learner race on two instances', async () => {
    const theme = await createTheme(payload, 'race-theme', 'Course')
    const moduleDoc = await createModule(payload, { slug: 'race-module', title: 'Course', themes: [theme.id] })
    const formation = idOf(moduleDoc.formation)!
    const steps = (await payload.findByID({ collection: 'formations', id: formation, depth: 0 })).steps
    const member = await createMember(payload, { name: 'Rapide', profile: 'apprenant', username: 'race.rapide' })
    // Each instance sends twenty saves at once about its own step, one more attempt each time.
    const saves = (index: number): SaveProgressInput[] =>
      Array.from({ length: 20 }, (_, i) => i + 1).map((attempts) => ({
        formation,
        catalogue: { modules: [], themes: [] },
        events: [
          {
            type: 'step',
            index,
            record: {
              stepId: steps[index]!.id!,
              kind: steps[index]!.blockType,
              attempts,
              correct: false,
              firstTry: false,
              seconds: attempts,
            },
          },
        ],
      }))
    const results = (await twoInstances([
      { kind: 'progress', member: member.id, saves: saves(0) },
      { kind: 'progress', member: member.id, saves: saves(1) },
    ])) as unknown[][]
    expect(results.flat()).not.toContain('refused')

    const { docs } = await payload.find({ collection: 'progress', where: { member: { equals: member.id } } })
    expect(docs).toHaveLength(1)
    const row = docs[0]!
    // Attempts and seconds add the difference to what was stored: a lost or doubled save shows in the totals.
    expect(Object.keys(row.steps as object).sort()).toEqual([steps[0]!.id, steps[1]!.id].sort())
    expect(row.attempts).toBe(40)
    expect(row.seconds).toBe(40)
    expect(row.currentStep).toBe(1)
  }, 240_000)
})

describe('leases', () => {
  it('are held by one owner at a time, and taken over once expired', async () => {
    const first = await acquireLease(payload, 'test:lease', 300)
    expect(first).not.toBeNull()
    expect(await acquireLease(payload, 'test:lease', 300)).toBeNull()
    await sleep(350)
    const second = await acquireLease(payload, 'test:lease', 10_000)
    expect(second).not.toBeNull()
    // The first owner, late, releases nothing of the second's.
    await releaseLease(payload, first!)
    expect(await acquireLease(payload, 'test:lease', 300)).toBeNull()
    await releaseLease(payload, second!)
    expect(await acquireLease(payload, 'test:lease', 300)).not.toBeNull()
  })
})

describe('the map index', () => {
  it('shows a structure another instance created, within the check interval', async () => {
    process.env.MAP_INDEX_CHECK_MS = '300'
    const before = await loadStructureIndex(payload)
    expect(before.some((e) => e.slug === 'lieu-d-ailleurs')).toBe(false)
    const instance = startInstance({
      kind: 'structure',
      data: { ...structureData('Lieu d ailleurs'), alwaysListed: true, latitude: 50.46, longitude: 4.87 },
    })
    await instance.ready
    instance.go()
    const id = await instance.result
    await sleep(350)
    const after = await loadStructureIndex(payload)
    expect(after.find((e) => e.slug === 'lieu-d-ailleurs')?.id).toBe(id)
  }, 240_000)
})

describe('newsletter sending on the job queue', () => {
  const readers = (prefix: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        payload.create({
          collection: 'newsletter-subscribers',
          data: { email: `${prefix}${i}@example.com`, language: 'fr', status: 'confirmed' },
          overrideAccess: true,
        }),
      ),
    )
  const issue = (subject: string) =>
    payload.create({ collection: 'newsletters', data: { subject, language: 'fr', intro: 'Bonjour.' } })
  const mailsOf = (subject: string) => smtp.mails.filter((m) => m.subject === subject)
  const jobsOf = async (id: number) =>
    (
      await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletter' } }, depth: 0 })
    ).docs.filter((job) => (job.input as { newsletter?: number }).newsletter === id)

  it('runs only through the server: the API runs and queues no job, even for an admin', async () => {
    await createStaff(payload, 'jobs.admin@example.com', 'admin')
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'jobs.admin@example.com', password },
    })
    const headers = { Authorization: `JWT ${token}` }
    const statuses = [
      (await rest('GET', '/payload-jobs/run', { headers })).status,
      (await rest('GET', '/payload-jobs/handle-schedules', { headers })).status,
      (await rest('POST', '/payload-jobs', { headers, body: { taskSlug: 'sendNewsletter' } })).status,
    ]
    // Payload answers 401 from its job endpoints and 403 from the collection: refused either way.
    for (const status of statuses) expect([401, 403]).toContain(status)
  })

  it('queues the sending once, runs it on the queue and mails each confirmed reader once', async () => {
    await readers('file', 3)
    const doc = await issue('Par la file')
    await queueNewsletter(payload, doc.id, testOrigin)
    await queueNewsletter(payload, doc.id, testOrigin)
    expect(await jobsOf(doc.id)).toHaveLength(1)
    expect((await payload.findByID({ collection: 'newsletters', id: doc.id })).status).toBe('sending')
    expect(await runJobsOnce(payload)).toBe(true)
    const total = (
      await payload.count({ collection: 'newsletter-subscribers', where: { status: { equals: 'confirmed' } } })
    ).totalDocs
    for (let i = 0; i < 50 && mailsOf('Par la file').length < total; i++) await sleep(100)
    for (const n of [0, 1, 2])
      expect(mailsOf('Par la file').filter((m) => m.to.includes(`file${n}@example.com`))).toHaveLength(1)
    // The links use the origin of the editor's "send", carried by the job: never this process's localhost.
    for (const mail of mailsOf('Par la file')) expect(mail.text).toContain(`${testOrigin}/api/newsletter/`)
    expect(await payload.findByID({ collection: 'newsletters', id: doc.id })).toMatchObject({
      status: 'sent',
      sentCount: total,
      failedCount: 0,
      totalCount: total,
    })
    // Done: Payload deletes a completed job.
    expect(await jobsOf(doc.id)).toHaveLength(0)
  }, 60_000)

  it('resumes on another instance when the one sending is killed, mailing each reader at most once', async () => {
    const many = await readers('tue', 80)
    const doc = await issue('Malgré la panne')
    const total = (
      await payload.count({ collection: 'newsletter-subscribers', where: { status: { equals: 'confirmed' } } })
    ).totalDocs
    await queueNewsletter(payload, doc.id, testOrigin)
    const runner = startInstance({ kind: 'jobs' }, { JOBS_LEASE_MS: '2000' })
    await runner.ready
    runner.go()
    while (mailsOf('Malgré la panne').length < 30) {
      if (runner.child.exitCode !== null) throw new Error(`the runner ended before it was killed:\n${runner.output()}`)
      await sleep(5)
    }
    runner.child.kill('SIGKILL')
    await new Promise((resolve) => runner.child.once('exit', resolve))

    // The admin shows how far it got: counters after each batch of 25.
    const midway = await payload.findByID({ collection: 'newsletters', id: doc.id })
    expect(midway.status).toBe('sending')
    expect(midway.totalCount).toBe(total)
    expect(midway.sentCount).toBeGreaterThanOrEqual(25)
    expect(midway.sentCount).toBeLessThan(total)
    const [stuck] = await jobsOf(doc.id)
    expect(stuck).toMatchObject({ processing: true })

    // While the dead runner's lease lasts nobody runs the queue; then this instance takes over.
    expect(await runJobsOnce(payload)).toBe(false)
    await sleep(2_100)
    expect(await runJobsOnce(payload)).toBe(true)

    const deliveries = (
      await payload.find({
        collection: 'newsletter-deliveries',
        where: { newsletter: { equals: doc.id } },
        pagination: false,
        depth: 0,
      })
    ).docs
    expect(deliveries).toHaveLength(total)
    // At most one reader was cut off mid-mail by the kill: their row stays "sending" and is not retried.
    const cutOff = deliveries.filter((d) => d.status === 'sending')
    expect(cutOff.length).toBeLessThanOrEqual(1)
    for (let i = 0; i < 50 && mailsOf('Malgré la panne').length < total - cutOff.length; i++) await sleep(100)
    for (const reader of many) {
      const received = mailsOf('Malgré la panne').filter((m) => m.to.includes(reader.email)).length
      expect(received).toBeLessThanOrEqual(1)
      if (!cutOff.some((d) => idOf(d.subscriber) === reader.id)) expect(received).toBe(1)
    }
    expect(await payload.findByID({ collection: 'newsletters', id: doc.id })).toMatchObject({
      status: 'sent',
      sentCount: total - cutOff.length,
      failedCount: 0,
      totalCount: total,
    })
    expect(await jobsOf(doc.id)).toHaveLength(0)
  }, 240_000)
})
