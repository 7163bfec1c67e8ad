import type { Field } from 'payload'

/** Levels 0–3 (docs/architecture.md, Levels): 0 first contact, 1–2 DigComp foundation, 3 DigComp intermediate. */
export const levelOptions = [
  { value: '0', label: { fr: '0 · Premiers pas', nl: '0 · Eerste stappen' } },
  { value: '1', label: { fr: '1 · Débutant', nl: '1 · Beginner' } },
  { value: '2', label: { fr: '2 · Intermédiaire', nl: '2 · Gevorderd beginner' } },
  { value: '3', label: { fr: '3 · Autonome', nl: '3 · Zelfstandig' } },
]

export function levelField(name = 'level', required = true): Field {
  return {
    name,
    label:
      name === 'level'
        ? { fr: 'Niveau', nl: 'Niveau' }
        : { fr: 'Niveau de départ conseillé', nl: 'Aanbevolen beginniveau' },
    type: 'select',
    required,
    index: true,
    options: levelOptions,
    admin: { position: 'sidebar' },
  }
}
