import type { FieldErrors } from '@/lib/forms/types'
import type { DiagnosticLevels, Level } from './scoring'
import { type Domain, domains } from './tasks'

/**
 * The situation questionnaire: what the person has, uses, can do, wants and what holds them back. Filled
 * online with an aidant, or printed (A4) and typed in afterwards. Pure: unit-tested.
 */
export const situationQuestions = {
  equipment: ['smartphone', 'computer', 'tablet', 'none'],
  connection: ['homeInternet', 'mobileData', 'publicWifi', 'none'],
  usages: ['calls', 'messages', 'photos', 'email', 'admin', 'banking', 'shopping', 'jobs', 'health'],
  motivation: ['family', 'admin', 'job', 'health', 'money', 'leisure', 'independence'],
  blockers: ['fear', 'cost', 'language', 'disability', 'noEmail', 'noDevice', 'memory', 'time'],
} as const

export type SituationGroup = keyof typeof situationQuestions

export type SituationAnswers = { [G in SituationGroup]: string[] } & {
  autonomy: Record<Domain, Level>
  notes: string
  learnerCode: string
}

/** Reads the form: unknown values are dropped; every domain needs a self-assessed autonomy from 0 to 3. */
export function parseSituation(form: FormData): { answers: SituationAnswers; errors: FieldErrors } {
  const pick = (group: SituationGroup) =>
    form
      .getAll(group)
      .map(String)
      .filter((v) => (situationQuestions[group] as readonly string[]).includes(v))
  const autonomy = {} as Record<Domain, Level>
  for (const domain of domains) {
    const raw = form.get(`autonomy.${domain}`)
    if (typeof raw === 'string' && /^[0-3]$/.test(raw)) autonomy[domain] = Number(raw) as Level
  }
  const answers = {
    equipment: pick('equipment'),
    connection: pick('connection'),
    usages: pick('usages'),
    motivation: pick('motivation'),
    blockers: pick('blockers'),
    autonomy,
    notes: String(form.get('notes') ?? '')
      .trim()
      .slice(0, 2000),
    learnerCode: String(form.get('learnerCode') ?? '')
      .trim()
      .slice(0, 40),
  }
  return { answers, errors: situationErrors(answers) }
}

/** Every domain needs a self-assessed autonomy from 0 to 3 (a level missing or out of range is required). */
export function situationErrors(answers: Pick<SituationAnswers, 'autonomy'>): FieldErrors {
  const errors: FieldErrors = {}
  for (const domain of domains) {
    const level: unknown = answers.autonomy[domain]
    if (!(typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= 3))
      errors[`autonomy.${domain}`] = 'required'
  }
  return errors
}

/** The levels of a questionnaire are the person's own assessment, domain by domain, overall rounded down. */
export function situationLevels(answers: Pick<SituationAnswers, 'autonomy'>): DiagnosticLevels {
  const values: number[] = domains.map((d) => answers.autonomy[d])
  return { domains: answers.autonomy, overall: Math.floor(values.reduce((a, b) => a + b, 0) / values.length) as Level }
}
