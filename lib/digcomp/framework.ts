import digcomp from '@/data/digcomp.json'

type Localized = { fr: string; nl: string }
export type DigcompCompetence = { code: string; title: Localized; description: Localized }
export type DigcompArea = DigcompCompetence & { competences: DigcompCompetence[] }

/** The DigComp 2.2 framework, shipped as data (data/digcomp.json). */
export const digcompAreas: DigcompArea[] = digcomp.areas

export const digcompCompetences: DigcompCompetence[] = digcompAreas.flatMap((area) => area.competences)

export function findCompetence(code: string): DigcompCompetence | undefined {
  return digcompCompetences.find((competence) => competence.code === code)
}
