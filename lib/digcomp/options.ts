import { digcompAreas, digcompCompetences } from './framework'

/** Select options for the admin, labelled in both admin languages. */
export function digcompAreaOptions() {
  return digcompAreas.map((area) => ({
    value: area.code,
    label: { fr: `${area.code}. ${area.title.fr}`, nl: `${area.code}. ${area.title.nl}` },
  }))
}

export function digcompCompetenceOptions() {
  return digcompCompetences.map((c) => ({
    value: c.code,
    label: { fr: `${c.code} ${c.title.fr}`, nl: `${c.code} ${c.title.nl}` },
  }))
}
