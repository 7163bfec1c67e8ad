import type { Payload } from 'payload'

import { idOf } from '../../access/isMember'
import type { Locale } from '../../i18n/locales'
import type { DiagnosticResult, Member, Module, Parcours } from '../../payload-types'
import { withInferred } from './adaptive'
import { type SituationAnswers, situationLevels } from './situation'
import { type DiagnosticLevels, levels, strengthsAndPriorities, type TaskRecord } from './scoring'
import { type Domain, domainThemes, taskIds } from './tasks'

const readable = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** A short code to come back to a result without an account: 8 characters without look-alikes, "K7MP-2XQA". */
export function resultCode(random: (max: number) => number): string {
  const chars = Array.from({ length: 8 }, () => readable[random(readable.length)])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

export function normalizeCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return raw.length === 8 ? `${raw.slice(0, 4)}-${raw.slice(4)}` : raw
}

/** Only well-formed records are kept: a browser can send anything. */
export function cleanRecords(input: unknown): TaskRecord[] {
  if (!Array.isArray(input)) return []
  const seen = new Set<string>()
  return input.flatMap((r): TaskRecord[] => {
    if (!r || typeof r !== 'object') return []
    const { task, outcome, attempts, seconds, helpUsed } = r as Record<string, unknown>
    if (!taskIds.includes(task as never) || seen.has(task as string)) return []
    if (!['success', 'failed', 'skipped'].includes(outcome as string)) return []
    seen.add(task as string)
    const clamp = (v: unknown, max: number) =>
      typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(0, Math.round(v)), max) : 0
    return [
      {
        task: task as TaskRecord['task'],
        outcome: outcome as TaskRecord['outcome'],
        attempts: clamp(attempts, 20),
        seconds: clamp(seconds, 3600),
        helpUsed: helpUsed === true,
      },
    ]
  })
}

/**
 * Saves a simulator diagnostic, scored here from the recorded actions. A second submission with the same
 * id returns the first result (a double click on "finish" makes no duplicate). A signed-in member's result
 * is theirs, and their structure's.
 */
export async function saveSimulatorResult(
  payload: Payload,
  {
    submissionId,
    records,
    locale,
    member,
  }: { submissionId: string; records: unknown; locale: Locale; member: Member | null },
): Promise<DiagnosticResult> {
  const existing = await payload.find({
    collection: 'diagnostic-results',
    where: { submissionId: { equals: submissionId } },
    limit: 1,
    overrideAccess: true,
  })
  if (existing.docs[0]) return existing.docs[0]
  const answers = cleanRecords(records)
  const result = levels(withInferred(answers))
  for (let tries = 0; ; tries++) {
    try {
      return await payload.create({
        collection: 'diagnostic-results',
        data: {
          code: resultCode((max) => Math.floor(Math.random() * max)),
          submissionId,
          kind: 'simulator',
          locale,
          member: member?.id ?? null,
          structure: idOf(member?.structure) ?? null,
          answers,
          levels: result.domains,
          overall: result.overall,
        },
        overrideAccess: true,
      })
    } catch (error) {
      // A code already taken (1 chance in ~10^11) or the same submission saved meanwhile: look again.
      const again = await payload.find({
        collection: 'diagnostic-results',
        where: { submissionId: { equals: submissionId } },
        limit: 1,
        overrideAccess: true,
      })
      if (again.docs[0]) return again.docs[0]
      if (tries > 3) throw error
    }
  }
}

/**
 * Saves a situation questionnaire. When an aidant fills it for someone, it is attached to the aidant, their
 * structure and the person's anonymous code; a member filling it for themself owns it.
 */
export async function saveSituationResult(
  payload: Payload,
  {
    submissionId,
    answers,
    locale,
    member,
  }: { submissionId: string; answers: SituationAnswers; locale: Locale; member: Member | null },
): Promise<DiagnosticResult> {
  const existing = await payload.find({
    collection: 'diagnostic-results',
    where: { submissionId: { equals: submissionId } },
    limit: 1,
    overrideAccess: true,
  })
  if (existing.docs[0]) return existing.docs[0]
  const result = situationLevels(answers)
  const byAidant = member?.profile === 'aidant'
  return payload.create({
    collection: 'diagnostic-results',
    data: {
      code: resultCode((max) => Math.floor(Math.random() * max)),
      submissionId,
      kind: 'situation',
      locale,
      member: byAidant ? null : (member?.id ?? null),
      aidant: byAidant ? member.id : null,
      structure: idOf(member?.structure) ?? null,
      learnerCode: answers.learnerCode || null,
      answers,
      levels: result.domains,
      overall: result.overall,
    },
    overrideAccess: true,
  })
}

export async function findResultByCode(payload: Payload, code: string): Promise<DiagnosticResult | null> {
  const { docs } = await payload.find({
    collection: 'diagnostic-results',
    where: { code: { equals: normalizeCode(code) } },
    limit: 1,
    overrideAccess: true,
    depth: 0,
  })
  return docs[0] ?? null
}

export function resultLevels(result: DiagnosticResult): DiagnosticLevels {
  return {
    domains: result.levels as DiagnosticLevels['domains'],
    overall: result.overall as DiagnosticLevels['overall'],
  }
}

/**
 * Recommendations: for each priority domain, published modules of its theme at the person's level and the
 * next one; and the parcours whose starting level the person has reached.
 */
export async function recommendations(payload: Payload, locale: Locale, result: DiagnosticLevels) {
  const { priorities } = strengthsAndPriorities(result)
  const themes = await payload.find({ collection: 'themes', limit: 50, depth: 0, locale, select: { slug: true } })
  const themeId = new Map(themes.docs.map((t) => [t.slug, t.id]))
  const modules: { domain: Domain; modules: Module[] }[] = []
  const seen = new Set<number>()
  for (const domain of priorities) {
    const level = result.domains[domain]
    const { docs } = await payload.find({
      collection: 'modules',
      where: {
        and: [
          { themes: { in: [themeId.get(domainThemes[domain]) ?? 0] } },
          { level: { in: [String(level), String(Math.min(level + 1, 3))] } },
          { _status: { equals: 'published' } },
          { slug: { not_like: 'bench-' } },
        ],
      },
      sort: 'level',
      limit: 3,
      depth: 0,
      locale,
      select: { title: true, slug: true, summary: true, level: true },
      overrideAccess: false,
    })
    // Two priority domains can share a theme: each module is recommended once.
    modules.push({ domain, modules: (docs as Module[]).filter((m) => !seen.has(m.id) && seen.add(m.id)) })
  }
  const parcours = await payload.find({
    collection: 'parcours',
    where: {
      and: [{ prerequisiteLevel: { less_than_equal: String(result.overall) } }, { _status: { equals: 'published' } }],
    },
    sort: '-prerequisiteLevel',
    limit: 2,
    depth: 0,
    locale,
    select: { title: true, slug: true, summary: true, prerequisiteLevel: true },
    overrideAccess: false,
  })
  return { modules, parcours: parcours.docs as Parcours[] }
}
