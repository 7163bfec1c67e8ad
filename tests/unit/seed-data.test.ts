import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { digcompAreas, digcompCompetences } from '@/lib/digcomp/framework'
import { isSimulatedTask } from '@/lib/formation/simulated'
import { loadSeedModules } from '@/seed/catalogue'
import type { L, LL, SeedParcours, SeedResource, SeedTheme } from '@/seed/types'

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join('seed/data', file), 'utf8')) as T
const themes = read<SeedTheme[]>('themes.json')
const modules = loadSeedModules()
const parcours = read<SeedParcours[]>('parcours.json')
const resources = read<SeedResource[]>('community-resources.json')

const filled = (value: L) => Boolean(value?.fr?.trim() && value?.nl?.trim())
const filledList = (value: LL) =>
  value.fr.length > 0 && value.fr.length === value.nl.length && [...value.fr, ...value.nl].every((s) => s.trim())

describe('DigComp 2.2 framework data', () => {
  it('has 5 areas and 21 competences, described in French and Dutch', () => {
    expect(digcompAreas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5'])
    expect(digcompAreas.map((a) => a.competences.length)).toEqual([3, 6, 4, 4, 4])
    for (const c of [...digcompAreas, ...digcompCompetences]) {
      expect(filled(c.title) && filled(c.description), c.code).toBe(true)
    }
  })
})

describe('demo content', () => {
  it('has at least 8 themes, 30 modules over levels 0–3, 3 parcours and 6 community resources', () => {
    expect(themes.length).toBeGreaterThanOrEqual(8)
    expect(modules.length).toBeGreaterThanOrEqual(30)
    expect(new Set(modules.map((m) => m.level))).toEqual(new Set([0, 1, 2, 3]))
    expect(parcours.length).toBeGreaterThanOrEqual(3)
    expect(resources.length).toBeGreaterThanOrEqual(6)
  })

  it('uses unique slugs and known themes, competences and modules', () => {
    const themeSlugs = new Set(themes.map((t) => t.slug))
    const moduleSlugs = new Set(modules.map((m) => m.slug))
    const codes = new Set(digcompCompetences.map((c) => c.code))
    expect(moduleSlugs.size).toBe(modules.length)
    for (const m of modules) {
      expect(m.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(
        m.themes.every((t) => themeSlugs.has(t)),
        m.slug,
      ).toBe(true)
      expect(m.competences.length, m.slug).toBeGreaterThan(0)
      expect(
        m.competences.every((c) => codes.has(c)),
        m.slug,
      ).toBe(true)
    }
    for (const p of parcours)
      expect(
        p.modules.every((slug) => moduleSlugs.has(slug)),
        p.slug,
      ).toBe(true)
    for (const r of resources) expect(themeSlugs.has(r.theme), r.slug).toBe(true)
    for (const theme of themeSlugs)
      expect(
        modules.some((m) => m.themes[0] === theme),
        theme,
      ).toBe(true)
  })

  it('gives every module a complete trame, fiche and formation in both languages', () => {
    for (const m of modules) {
      expect(filled(m.title) && filled(m.summary) && filledList(m.objectives), m.slug).toBe(true)
      expect(
        m.trame.steps.reduce((sum, s) => sum + s.minutes, 0),
        `${m.slug} trame minutes`,
      ).toBe(m.durationMinutes)
      expect(
        m.trame.steps.every((s) => filled(s.title) && filled(s.description)) && filledList(m.trame.material),
        m.slug,
      ).toBe(true)
      expect(
        m.fiche.sections.every((s) => filled(s.heading) && filledList(s.points)) && filled(m.fiche.remember),
        m.slug,
      ).toBe(true)
      const steps = m.formation.steps
      expect(steps.length, `${m.slug} formation steps`).toBeGreaterThanOrEqual(4)
      const questions = steps.filter((s) => s.kind === 'choice')
      expect(questions.length, `${m.slug} questions`).toBeGreaterThanOrEqual(2)
      for (const q of questions) {
        const right = q.options.filter((o) => o.correct).length
        expect(q.multiple ? right >= 1 : right === 1, `${m.slug}: ${q.question.fr}`).toBe(true)
        expect(
          q.options.every((o) => filled(o.label) && filled(o.feedback)),
          `${m.slug}: ${q.question.fr}`,
        ).toBe(true)
      }
    }
  })

  it('gives every other kind of formation step what the player needs, in both languages', () => {
    const moduleSlugs = new Set(modules.map((m) => m.slug))
    const inPercent = (n: number) => n >= 0 && n <= 100
    for (const m of modules) {
      for (const step of m.formation.steps) {
        const where = `${m.slug}: ${step.kind}`
        expect(!step.hint || filled(step.hint), where).toBe(true)
        expect(
          (step.learnMore ?? []).every((slug) => moduleSlugs.has(slug) && slug !== m.slug),
          where,
        ).toBe(true)
        switch (step.kind) {
          case 'content':
            expect(!step.image || filled(step.image.alt), where).toBe(true)
            break
          case 'hotspot': {
            const { x, y, width, height } = step.zone
            expect(filled(step.question) && filled(step.image.alt), where).toBe(true)
            expect(
              [x, y, width, height, x + width, y + height].every(inPercent) && width > 0 && height > 0,
              where,
            ).toBe(true)
            expect(filled(step.correctFeedback) && filled(step.wrongFeedback), where).toBe(true)
            break
          }
          case 'typeText':
            expect(filled(step.question) && filled(step.explanation), where).toBe(true)
            expect(step.answers.fr.some((a) => a.trim()) && step.answers.nl.some((a) => a.trim()), where).toBe(true)
            break
          case 'order':
            expect(filled(step.instruction) && filled(step.explanation) && filledList(step.items), where).toBe(true)
            expect(step.items.fr.length, where).toBeGreaterThanOrEqual(2)
            break
          case 'simulated':
            expect(filled(step.instruction) && filled(step.explanation), where).toBe(true)
            expect(isSimulatedTask(step.task), where).toBe(true)
            break
        }
      }
    }
  })

  it('has one formation that uses every kind of step', () => {
    const kinds = ['content', 'choice', 'hotspot', 'typeText', 'order', 'simulated']
    expect(modules.some((m) => kinds.every((kind) => m.formation.steps.some((s) => s.kind === kind)))).toBe(true)
  })

  it('credits every community resource to a person or an organisation, with a licence and a link', () => {
    for (const r of resources) {
      expect(Boolean(r.authorPerson || r.authorOrganisation), r.slug).toBe(true)
      expect(r.url).toMatch(/^https:\/\//)
      expect(filled(r.title) && filled(r.description), r.slug).toBe(true)
    }
  })
})
