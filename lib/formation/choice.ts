/** Pure rules of choice questions, shared by the player (browser) and the tests. */
export type ChoiceOption = { id: string; correct: boolean }

/** Right when exactly the correct options are selected (for single choice: the one correct option). */
export function isChoiceCorrect(options: ChoiceOption[], selected: readonly string[]): boolean {
  if (selected.length === 0) return false
  const chosen = new Set(selected)
  return options.every((option) => option.correct === chosen.has(option.id))
}

export type QuestionOutcome = { attempts: number; correct: boolean; firstTry: boolean }

/** How many questions were answered right at the first attempt. */
export function firstTryScore(outcomes: QuestionOutcome[]): number {
  return outcomes.filter((o) => o.firstTry).length
}
