import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Locale } from '@/i18n/locales'
import type { DiagnosticResult, Member, Module, Parcours, WorkshopParticipant } from '@/payload-types'
import { withInferred } from './adaptive'
import { type SituationAnswers, situationLevels } from './situation'
import { type DiagnosticLevels, levels, strengthsAndPriorities, type TaskRecord } from './scoring'
import { type Domain, domainThemes, taskIds } from './tasks'
import { lengths } from '@/fields/lengths'

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

/** An aidant's apprenants, to run a diagnostic for one of them. */
export async function structureLearners(payload: Payload, aidant: Member | null) {
  const structure = aidant?.profile === 'aidant' ? idOf(aidant.structure) : null
  if (!structure) return []
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: [{ structure: { equals: structure } }, { profile: { equals: 'apprenant' } }] },
    sort: 'name',
    limit: 500,
    depth: 0,
    select: { name: true, username: true },
    overrideAccess: true,
  })
  return docs.map((m) => ({ id: m.id, name: m.username ? `${m.name} (${m.username})` : m.name }))
}

type Attribution = Pick<
  DiagnosticResult,
  'member' | 'aidant' | 'structure' | 'shared' | 'learnerCode' | 'workshop' | 'participant'
>

/**
 * A result a learner takes in a workshop also belongs to that workshop and participant; the workshop's
 * structure reads it only if the learner agreed to share (access/diagnosticResultRead.ts checks `shared`).
 * Without that consent no structure is recorded at all, not even the learner's own (docs/adr/0011). An
 * aidant running a diagnostic for someone keeps their own attribution.
 */
function inWorkshop(owner: Attribution, participant: WorkshopParticipant | null | undefined): Attribution {
  if (!participant || owner.aidant) return owner
  const shared = Boolean(participant.shared)
  return {
    ...owner,
    member: owner.member ?? idOf(participant.member),
    workshop: idOf(participant.workshop),
    participant: participant.id,
    structure: shared ? idOf(participant.structure) : null,
    shared,
  }
}

/**
 * Who a result belongs to. A member alone: to them only; their structure sees it only through a workshop
 * they agreed to share. An aidant running it with someone: to the aidant's structure, shared, with the
 * chosen apprenant of that structure or an anonymous code (the person takes it with the aidant, who sees
 * every answer as it is given; whoever does not want that takes it alone).
 */
async function attribution(
  payload: Payload,
  current: Member | null,
  learner: number | null,
  learnerCode: string,
): Promise<Attribution> {
  if (current?.profile !== 'aidant')
    return { member: current?.id ?? null, aidant: null, structure: null, shared: false, learnerCode: null }
  const structure = idOf(current.structure) ?? null
  const learners = learner ? await structureLearners(payload, current) : []
  const chosen = learners.some((l) => l.id === learner) ? learner : null
  return {
    member: chosen,
    aidant: current.id,
    structure,
    shared: structure !== null,
    learnerCode: chosen ? null : learnerCode.trim().slice(0, lengths.code) || null,
  }
}

/**
 * Saves a simulator diagnostic, scored here from the recorded actions. A second submission with the same
 * id returns the first result (a double click on "finish" makes no duplicate). A signed-in member's result
 * is theirs (see attribution).
 */
export async function saveSimulatorResult(
  payload: Payload,
  {
    submissionId,
    records,
    locale,
    member,
    learner = null,
    learnerCode = '',
    participant = null,
  }: {
    submissionId: string
    records: unknown
    locale: Locale
    member: Member | null
    learner?: number | null
    learnerCode?: string
    participant?: WorkshopParticipant | null
  },
): Promise<DiagnosticResult> {
  const existing = await findBySubmission(payload, submissionId)
  if (existing) return existing
  const answers = cleanRecords(records)
  const result = levels(withInferred(answers))
  const owner = inWorkshop(await attribution(payload, member, learner, learnerCode), participant)
  for (let tries = 0; ; tries++) {
    try {
      return await payload.create({
        collection: 'diagnostic-results',
        data: {
          code: resultCode((max) => Math.floor(Math.random() * max)),
          submissionId,
          kind: 'simulator',
          locale,
          ...owner,
          answers,
          levels: result.domains,
          overall: result.overall,
        },
        overrideAccess: true,
      })
    } catch (error) {
      // A code already taken (1 chance in ~10^11) or the same submission saved meanwhile: look again.
      const again = await findBySubmission(payload, submissionId)
      if (again) return again
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
    learner = null,
    participant = null,
  }: {
    submissionId: string
    answers: SituationAnswers
    locale: Locale
    member: Member | null
    learner?: number | null
    participant?: WorkshopParticipant | null
  },
): Promise<DiagnosticResult> {
  const existing = await findBySubmission(payload, submissionId)
  if (existing) return existing
  const result = situationLevels(answers)
  return payload.create({
    collection: 'diagnostic-results',
    data: {
      code: resultCode((max) => Math.floor(Math.random() * max)),
      submissionId,
      kind: 'situation',
      locale,
      ...inWorkshop(await attribution(payload, member, learner, answers.learnerCode), participant),
      answers,
      levels: result.domains,
      overall: result.overall,
    },
    overrideAccess: true,
  })
}

/** The result already saved for a submission id, if any: a second submission returns it. */
async function findBySubmission(payload: Payload, submissionId: string): Promise<DiagnosticResult | null> {
  const { docs } = await payload.find({
    collection: 'diagnostic-results',
    where: { submissionId: { equals: submissionId } },
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? null
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
