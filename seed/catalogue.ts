import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { formationSteps, learnMoreSlugs, seedStepImages, type StepImages } from './formationSteps'
import { bulletList, paragraphs } from './lexical'
import { type Lang, pick, rows } from './localize'
import type { SeedModule, SeedParcours, SeedResource, SeedTheme } from './types'
import { upsertBySlug } from './upsert'

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data')
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as T

/** Every module of seed/data/modules: files hold one module or an array of modules, in sub-folders too. */
export function loadSeedModules(): SeedModule[] {
  return (fs.readdirSync(path.join(dataDir, 'modules'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => readJson<SeedModule | SeedModule[]>(path.join('modules', file)))
}

const published = { _status: 'published' } as const

function trameData(m: SeedModule, lang: Lang) {
  return {
    ...published,
    title: pick(m.title, lang),
    audience: pick(m.trame.audience, lang),
    material: rows(m.trame.material, lang),
    steps: m.trame.steps.map((s) => ({
      minutes: s.minutes,
      title: pick(s.title, lang),
      description: paragraphs(pick(s.description, lang)),
    })),
    tips: rows(m.trame.tips, lang),
  }
}

function ficheData(m: SeedModule, lang: Lang) {
  return {
    ...published,
    title: pick(m.title, lang),
    intro: pick(m.fiche.intro, lang),
    sections: m.fiche.sections.map((s) => ({ heading: pick(s.heading, lang), body: bulletList(s.points[lang]) })),
    remember: pick(m.fiche.remember, lang),
  }
}

function formationData(m: SeedModule, lang: Lang, images: StepImages, moduleIds: Map<string, number>) {
  return {
    ...published,
    title: pick(m.title, lang),
    kind: 'training',
    steps: formationSteps(m, lang, images, moduleIds),
  }
}

/** Seeds themes, modules with their trame, fiche and formation, parcours and community resources. */
export async function seedCatalogue(payload: Payload, log: (line: string) => void = () => {}) {
  const themeIds = new Map<string, number>()
  for (const theme of readJson<SeedTheme[]>('themes.json')) {
    const data = (lang: Lang) => ({
      title: pick(theme.title, lang),
      description: pick(theme.description, lang),
      order: theme.order,
      digcompArea: theme.digcompArea,
    })
    themeIds.set(theme.slug, await upsertBySlug(payload, 'themes', theme.slug, data('fr'), data('nl')))
  }
  log(`themes: ${themeIds.size}`)

  const moduleIds = new Map<string, number>()
  // Formations linking to modules seeded after them, seeded again once every module exists.
  const later: { slug: string; data: (lang: Lang) => Record<string, unknown> }[] = []
  for (const m of loadSeedModules()) {
    const trame = await upsertBySlug(payload, 'trames', m.slug, trameData(m, 'fr'), trameData(m, 'nl'))
    const fiche = await upsertBySlug(payload, 'fiches', m.slug, ficheData(m, 'fr'), ficheData(m, 'nl'))
    const images = await seedStepImages(payload, m)
    const formationOf = (lang: Lang) => formationData(m, lang, images, moduleIds)
    const formation = await upsertBySlug(payload, 'formations', m.slug, formationOf('fr'), formationOf('nl'))
    if (learnMoreSlugs(m).some((slug) => !moduleIds.has(slug))) later.push({ slug: m.slug, data: formationOf })
    const data = (lang: Lang) => ({
      ...published,
      title: pick(m.title, lang),
      summary: pick(m.summary, lang),
      objectives: rows(m.objectives, lang),
      themes: m.themes.map((slug) => themeIds.get(slug)).filter((id) => id !== undefined),
      level: String(m.level),
      durationMinutes: m.durationMinutes,
      competences: m.competences,
      trame,
      fiche,
      formation,
      author: { kind: 'wetechcare' },
    })
    moduleIds.set(m.slug, await upsertBySlug(payload, 'modules', m.slug, data('fr'), data('nl')))
  }
  for (const { slug, data } of later) await upsertBySlug(payload, 'formations', slug, data('fr'), data('nl'))
  log(`modules: ${moduleIds.size}`)

  const parcours = readJson<SeedParcours[]>('parcours.json')
  for (const p of parcours) {
    const data = (lang: Lang) => ({
      ...published,
      title: pick(p.title, lang),
      summary: pick(p.summary, lang),
      audience: pick(p.audience, lang),
      prerequisiteLevel: String(p.prerequisiteLevel),
      modules: p.modules.map((slug) => moduleIds.get(slug)).filter((id) => id !== undefined),
    })
    await upsertBySlug(payload, 'parcours', p.slug, data('fr'), data('nl'))
  }
  log(`parcours: ${parcours.length}`)

  const resources = readJson<SeedResource[]>('community-resources.json')
  for (const r of resources) {
    const data = (lang: Lang) => ({
      title: pick(r.title, lang),
      description: pick(r.description, lang),
      authorPerson: r.authorPerson,
      authorOrganisation: r.authorOrganisation,
      url: r.url,
      theme: themeIds.get(r.theme),
      level: String(r.level),
      licence: r.licence,
      resourceLanguage: r.resourceLanguage,
      moderationStatus: 'approved',
    })
    await upsertBySlug(payload, 'community-resources', r.slug, data('fr'), data('nl'))
  }
  log(`community resources: ${resources.length}`)
  return { themeIds, moduleIds }
}
