import { describe, expect, it } from 'vitest'

import { isSubmissionId, normalizeCode, resultCode } from '@/lib/diagnostic/resultCode'
import { parseSituation, situationErrors } from '@/lib/diagnostic/situation'
import { domainsProblem, questionsProblem, thresholdsProblem } from '@/lib/diagnostic/validation'

import { frenchTypographyFaults, formalDutchWords } from '@/lib/text/languageQuality'
import { autonomyWording, levelWording, simulatorDomains, situationQuestions } from '@/seed/data/diagnostics'

import { seedDefinition } from './support/diagnostic'

describe('result codes and submission ids', () => {
  it('makes 8 readable characters in two groups, and reads them back however they were typed', () => {
    let i = 0
    const code = resultCode(() => i++)
    expect(code).toBe('ABCD-EFGH')
    expect(normalizeCode(' abcd efgh ')).toBe(code)
    expect(normalizeCode('abcdefgh')).toBe(code)
  })

  it('accepts only the ids our pages make', () => {
    expect(isSubmissionId('0b6f8c1e-6a52-4b8e-9a7e-2f1d3c4b5a69')).toBe(true)
    for (const bad of ['short', '../../etc', 'x'.repeat(65), 42, null, {}]) expect(isSubmissionId(bad)).toBe(false)
  })
})

describe('the situation questionnaire', () => {
  const questionnaire = seedDefinition('situation')

  it('asks for every domain’s autonomy, from 0 to 3, and keeps only the questionnaire’s answers', () => {
    const form = new FormData()
    for (const { key } of questionnaire.domains) form.set(`autonomy.${key}`, '2')
    form.set('autonomy.email', '4')
    form.append('q.equipment', 'smartphone')
    form.append('q.equipment', 'spaceship')
    form.append('q.unknownQuestion', 'x')
    const { answers, errors } = parseSituation(questionnaire, form)
    expect(errors).toEqual({ 'autonomy.email': 'required' })
    expect(answers.questions.equipment).toEqual(['smartphone'])
    expect(answers.questions).not.toHaveProperty('unknownQuestion')
    expect(situationErrors(questionnaire, { autonomy: { ...answers.autonomy, email: 0 } })).toEqual({})
  })
})

describe('the seed’s diagnostics', () => {
  it('write French with its non-breaking spaces and Dutch with "je"', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(texts)
          : []
    const fr = [simulatorDomains, levelWording, autonomyWording, situationQuestions].flatMap((data) =>
      texts(JSON.parse(JSON.stringify(data, (key, v: unknown) => (key === 'nl' ? undefined : v)))),
    )
    const nl = [simulatorDomains, levelWording, autonomyWording, situationQuestions].flatMap((data) =>
      texts(JSON.parse(JSON.stringify(data, (key, v: unknown) => (key === 'fr' ? undefined : v)))),
    )
    expect(fr.flatMap(frenchTypographyFaults)).toEqual([])
    expect(nl.flatMap(formalDutchWords)).toEqual([])
  })
})

describe('a diagnostic’s validation', () => {
  const task = (key: string) => ({ key })
  it('refuses a simulator domain without tasks, duplicate keys, twice the same level', () => {
    expect(domainsProblem([], 'simulator')?.fr).toMatch(/au moins un domaine/)
    expect(domainsProblem([{ key: 'a', title: 'Écrire', tasks: [] }], 'simulator')?.fr).toMatch(
      /«\sÉcrire\s» n’a aucun exercice/,
    )
    expect(domainsProblem([{ key: 'a', title: 'Écrire', tasks: [] }], 'simulator')?.nl).toMatch(/geen oefening/)
    expect(domainsProblem([{ key: 'a', title: 'Écrire', tasks: [] }], 'situation')).toBeNull()
    expect(
      domainsProblem(
        [
          { key: 'a', tasks: [task('x')] },
          { key: 'a', tasks: [task('y')] },
        ],
        'simulator',
      )?.fr,
    ).toMatch(/Deux domaines ont la même clé «\sa\s»/)
    expect(
      domainsProblem(
        [
          { key: 'a', tasks: [task('x')] },
          { key: 'b', tasks: [task('x')] },
        ],
        'simulator',
      )?.nl,
    ).toMatch(/Twee oefeningen hebben dezelfde sleutel ‘x’/)
    expect(
      domainsProblem([{ key: 'a', tasks: [task('x')], recommendations: [{ level: '1' }, { level: '1' }] }], 'simulator')
        ?.fr,
    ).toMatch(/deux recommandations pour le même niveau/)
    expect(domainsProblem([{ key: 'a', tasks: [task('x')] }], 'simulator')).toBeNull()
  })

  it('refuses a questionnaire without questions or answers, or with duplicate keys', () => {
    expect(questionsProblem([], 'situation')?.fr).toMatch(/au moins une question/)
    expect(questionsProblem([{ key: 'q', answers: [] }], 'situation')?.nl).toMatch(/geen antwoord/)
    expect(questionsProblem([{ key: 'q', answers: [{ key: 'a' }, { key: 'a' }] }], 'situation')?.fr).toMatch(
      /deux réponses avec la même clé/,
    )
    expect(questionsProblem([], 'simulator')).toBeNull()
  })

  it('refuses thresholds out of order', () => {
    expect(thresholdsProblem(0.8, 0.75)?.fr).toMatch(/dans le désordre/)
    expect(thresholdsProblem(0, 0.75)?.nl).toMatch(/verkeerde volgorde/)
    expect(thresholdsProblem(0.5, 0.75)).toBeNull()
  })
})
