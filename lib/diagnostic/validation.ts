import type { AdminText as Bilingual } from '@/lib/payload/adminMessage'

/**
 * Why a diagnostic cannot be saved, in both languages, or null: the collection's `validate` functions call these
 * (collections/Diagnostics.ts), so the reason shows next to the field in the admin. Pure: unit-tested.
 */
type Keyed = { key?: string | null }
type TaskRow = Keyed
type DomainRow = Keyed & {
  title?: string | null
  tasks?: TaskRow[] | null
  recommendations?: { level?: string | null }[] | null
}
type QuestionRow = Keyed & { answers?: Keyed[] | null }

const duplicate = (keys: (string | null | undefined)[]) => {
  const seen = new Set<string>()
  for (const key of keys) {
    if (!key) continue
    if (seen.has(key)) return key
    seen.add(key)
  }
  return null
}

export function domainsProblem(domains: DomainRow[] | null | undefined, kind: unknown): Bilingual | null {
  const rows = domains ?? []
  if (!rows.length) return { fr: 'Ajoutez au moins un domaine.', nl: 'Voeg minstens één domein toe.' }
  const sameDomain = duplicate(rows.map((d) => d.key))
  if (sameDomain)
    return {
      fr: `Deux domaines ont la même clé « ${sameDomain} » : chaque clé doit être unique.`,
      nl: `Twee domeinen hebben dezelfde sleutel ‘${sameDomain}’: elke sleutel moet uniek zijn.`,
    }
  if (kind === 'simulator') {
    const empty = rows.find((d) => !d.tasks?.length)
    if (empty)
      return {
        fr: `Le domaine « ${empty.title || empty.key} » n’a aucun exercice : ajoutez-en au moins un.`,
        nl: `Het domein ‘${empty.title || empty.key}’ heeft geen oefening: voeg er minstens één toe.`,
      }
    const sameTask = duplicate(rows.flatMap((d) => (d.tasks ?? []).map((t) => t.key)))
    if (sameTask)
      return {
        fr: `Deux exercices ont la même clé « ${sameTask} » : chaque clé doit être unique dans le diagnostic.`,
        nl: `Twee oefeningen hebben dezelfde sleutel ‘${sameTask}’: elke sleutel moet uniek zijn in de diagnose.`,
      }
  }
  const twiceLevel = rows.find((d) => duplicate((d.recommendations ?? []).map((r) => r.level)))
  if (twiceLevel)
    return {
      fr: `Le domaine « ${twiceLevel.title || twiceLevel.key} » a deux recommandations pour le même niveau.`,
      nl: `Het domein ‘${twiceLevel.title || twiceLevel.key}’ heeft twee aanbevelingen voor hetzelfde niveau.`,
    }
  return null
}

export function questionsProblem(questions: QuestionRow[] | null | undefined, kind: unknown): Bilingual | null {
  if (kind !== 'situation') return null
  const rows = questions ?? []
  if (!rows.length) return { fr: 'Ajoutez au moins une question.', nl: 'Voeg minstens één vraag toe.' }
  const same = duplicate(rows.map((q) => q.key))
  if (same)
    return {
      fr: `Deux questions ont la même clé « ${same} » : chaque clé doit être unique.`,
      nl: `Twee vragen hebben dezelfde sleutel ‘${same}’: elke sleutel moet uniek zijn.`,
    }
  const noAnswer = rows.find((q) => !q.answers?.length)
  if (noAnswer)
    return {
      fr: `La question « ${noAnswer.key} » n’a aucune réponse : ajoutez-en au moins une.`,
      nl: `De vraag ‘${noAnswer.key}’ heeft geen antwoord: voeg er minstens één toe.`,
    }
  const sameAnswer = rows.find((q) => duplicate((q.answers ?? []).map((a) => a.key)))
  if (sameAnswer)
    return {
      fr: `La question « ${sameAnswer.key} » a deux réponses avec la même clé.`,
      nl: `De vraag ‘${sameAnswer.key}’ heeft twee antwoorden met dezelfde sleutel.`,
    }
  return null
}

/** The partial threshold must be above 0 and not above the mastered one. */
export function thresholdsProblem(partial: unknown, mastered: unknown): Bilingual | null {
  if (typeof partial !== 'number' || typeof mastered !== 'number') return null
  if (partial <= 0 || partial > mastered)
    return {
      fr: `Les seuils sont dans le désordre : « à moitié réussi » (${partial}) doit être plus grand que 0 et ne pas dépasser « réussi » (${mastered}).`,
      nl: `De drempels staan in de verkeerde volgorde: ‘half gelukt’ (${partial}) moet groter zijn dan 0 en mag niet hoger zijn dan ‘gelukt’ (${mastered}).`,
    }
  return null
}
