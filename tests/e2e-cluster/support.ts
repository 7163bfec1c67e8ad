import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { type APIRequestContext, expect, request as playwrightRequest } from '@playwright/test'

import type { ReceivedMail } from '@/tests/support/smtp'

import { clusterPorts, instanceA, instanceB, nginx, publicHost, site } from './ports'

export const editor = { email: 'editeur@demo.123digit.be', password: 'Demo-123digit!' }

/** Node-side requests to nginx as the browser makes them: Host digit.test:<port>, no redirects followed. */
export function throughNginx(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: nginx, extraHTTPHeaders: { host: publicHost }, maxRedirects: 0 })
}

/** Straight to one instance, as nginx would reach it (one proxy hop, the public host forwarded). */
export function straightTo(instance: 'a' | 'b'): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: instance === 'a' ? instanceA : instanceB,
    extraHTTPHeaders: { 'x-forwarded-host': publicHost, 'x-forwarded-proto': 'http', 'x-forwarded-for': '127.0.0.1' },
    maxRedirects: 0,
  })
}

/** A staff token from /api/users/login on one instance. */
export async function editorToken(api: APIRequestContext): Promise<string> {
  const login = await api.post('/api/users/login', { data: editor })
  expect(login.status(), await login.text()).toBe(200)
  return ((await login.json()) as { token: string }).token
}

/** Every place a redirect could leak: an instance's own port, localhost, 127.0.0.1. */
export function expectPublicLocation(location: string | undefined, from: string) {
  expect(location, `redirect of ${from}`).toBeTruthy()
  const target = new URL(location!, site)
  expect(target.host, `redirect of ${from} to ${location}`).toBe(publicHost)
  for (const port of [clusterPorts.a, clusterPorts.b]) expect(location).not.toContain(`:${port}`)
}

const inbox = path.join(process.cwd(), 'test-results', 'cluster-mail')

/** The first mail to an address whose subject matches, waiting up to ten seconds. */
export async function waitForMail(to: string, subject: RegExp): Promise<ReceivedMail> {
  for (let i = 0; i < 100; i++) {
    for (const file of readdirSync(inbox)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const mail = JSON.parse(readFileSync(path.join(inbox, file), 'utf8')) as ReceivedMail
      if (mail.to.includes(to) && subject.test(mail.subject)) return mail
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no mail to ${to} matching ${subject}`)
}

/** Every mail received so far with this subject. */
export function mailsWith(subject: string): ReceivedMail[] {
  return readdirSync(inbox)
    .filter((name) => name.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(inbox, file), 'utf8')) as ReceivedMail)
    .filter((mail) => mail.subject === subject)
}

/** SIGKILL to the process listening on a port: an instance dying without a graceful shutdown. */
export function killListener(port: number) {
  const pid = /pid=(\d+)/.exec(execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }))?.[1]
  expect(pid, `a process listening on ${port}`).toBeTruthy()
  process.kill(Number(pid), 'SIGKILL')
}
