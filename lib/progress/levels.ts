/**
 * Levels per theme, from the modules a learner completed. A level of a theme is gained when every module of
 * that level in the theme is completed: a clear rule a learner can see ("2 modules left"). The level reached
 * is the highest level gained; the next level is the lowest one still to finish.
 */
export type LevelModule = { id: number; level: number; themes: number[]; title: string; slug: string }
export type ThemeRef = { id: number; title: string; slug: string }
/** A module with its formations: its own first, then its exercises. */
export type ProgressModule = LevelModule & { formations: number[] }

/** The module a formation belongs to (as its main formation first, else as one of its exercises). */
export function moduleOfFormation(modules: ProgressModule[], formation: number): ProgressModule | undefined {
  return modules.find((m) => m.formations[0] === formation) ?? modules.find((m) => m.formations.includes(formation))
}

export type ThemeProgress = {
  theme: ThemeRef
  reached: number | null
  next: { level: number; done: number; total: number; remaining: { title: string; slug: string }[] } | null
  /** Modules of this theme the learner completed, any level. */
  completed: number
}

export function themeProgress(themes: ThemeRef[], modules: LevelModule[], completed: Set<number>): ThemeProgress[] {
  return themes.flatMap((theme) => {
    const own = modules.filter((m) => m.themes[0] === theme.id)
    const done = own.filter((m) => completed.has(m.id))
    if (done.length === 0) return []
    const levels = [...new Set(own.map((m) => m.level))].sort((a, b) => a - b)
    const gained = levels.filter((level) => own.every((m) => m.level !== level || completed.has(m.id)))
    const reached = gained.length ? Math.max(...gained) : null
    const nextLevel = levels.find((level) => !gained.includes(level))
    const atNext = own.filter((m) => m.level === nextLevel)
    return [
      {
        theme,
        reached,
        completed: done.length,
        next:
          nextLevel === undefined
            ? null
            : {
                level: nextLevel,
                done: atNext.filter((m) => completed.has(m.id)).length,
                total: atNext.length,
                remaining: atNext.filter((m) => !completed.has(m.id)).map(({ title, slug }) => ({ title, slug })),
              },
      },
    ]
  })
}

/** The levels a newly completed module made the learner gain: "niveau gagné" moments. */
export function levelsGained(
  themes: ThemeRef[],
  modules: LevelModule[],
  before: Set<number>,
  after: Set<number>,
): { theme: ThemeRef; level: number }[] {
  const was = new Map(themeProgress(themes, modules, before).map((p) => [p.theme.id, p.reached]))
  return themeProgress(themes, modules, after).flatMap((p) =>
    p.reached !== null && (was.get(p.theme.id) ?? -1) < p.reached ? [{ theme: p.theme, level: p.reached }] : [],
  )
}
