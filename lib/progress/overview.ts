import 'server-only'

import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Locale } from '@/i18n/locales'
import type { Progress, Workshop } from '@/payload-types'
import { getThemes } from '@/lib/catalogue/queries'
import { type WorkshopContent, workshopContent } from '@/lib/workshops/content'
import type { CurrentLearner } from '@/lib/workshops/learner'
import { getProgressModules } from './catalogue'
import { type ThemeProgress, themeProgress } from './levels'
import { learnerWhere } from './rows'

export type ModuleStatus = 'not_started' | 'in_progress' | 'completed'
/** `formation` false: an exercise of the module, reached from the module's page. */
export type RecentItem = { slug: string; title: string; status: ModuleStatus; formation: boolean }
export type LearnerOverview = {
  continueAt: RecentItem | null
  recent: RecentItem[]
  workshops: { workshop: Workshop; content: WorkshopContent }[]
  themes: ThemeProgress[]
  /** Module id → its status, for the workshop lists. */
  status: Record<number, ModuleStatus>
}

/** Everything the learner space shows: where to continue, what was opened lately, workshops and levels. */
export async function learnerOverview(
  payload: Payload,
  learner: CurrentLearner,
  locale: Locale,
): Promise<LearnerOverview> {
  const [modules, themes, rows] = await Promise.all([
    getProgressModules(locale),
    getThemes(locale),
    payload.find({
      collection: 'progress',
      where: learnerWhere(learner),
      sort: '-updatedAt',
      depth: 0,
      limit: 200,
      overrideAccess: true,
    }),
  ])
  const byId = new Map(modules.map((m) => [m.id, m]))
  const status: Record<number, ModuleStatus> = {}
  const recent: RecentItem[] = []
  for (const row of rows.docs) {
    const moduleDoc = byId.get(idOf(row.module) ?? -1)
    if (!moduleDoc) continue
    const mainFormation = moduleDoc.formations[0] === idOf(row.formation)
    if (mainFormation) status[moduleDoc.id] = row.status
    recent.push({
      slug: moduleDoc.slug,
      title: moduleDoc.title,
      status: row.status,
      formation: mainFormation,
    })
  }
  const completed = new Set(
    rows.docs
      .filter((r: Progress) => r.status === 'completed')
      .map((r) => idOf(r.module))
      .filter((id) => id !== null),
  )
  return {
    continueAt: recent.find((r) => r.status === 'in_progress') ?? null,
    recent: recent.slice(0, 5),
    workshops: await learnerWorkshops(payload, learner, locale),
    themes: themeProgress(
      themes.map((t) => ({ id: t.id, title: t.title, slug: t.slug })),
      modules,
      completed,
    ),
    status,
  }
}

async function learnerWorkshops(payload: Payload, learner: CurrentLearner, locale: Locale) {
  let workshops: Workshop[] = learner.workshop ? [learner.workshop] : []
  if (learner.member) {
    const { docs } = await payload.find({
      collection: 'workshop-participants',
      where: { member: { equals: learner.member.id } },
      depth: 1,
      limit: 20,
      sort: '-createdAt',
      overrideAccess: true,
    })
    const now = new Date()
    const active = docs
      .map((p) => p.workshop)
      .filter((w): w is Workshop => typeof w === 'object' && new Date(w.expiresAt) > now)
    workshops = [...workshops, ...active.filter((w) => !workshops.some((x) => x.id === w.id))]
  }
  return Promise.all(
    workshops.map(async (workshop) => ({ workshop, content: await workshopContent(payload, workshop, locale) })),
  )
}
