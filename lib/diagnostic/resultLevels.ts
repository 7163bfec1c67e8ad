import type { DiagnosticResult } from '@/payload-types'
import type { DiagnosticLevels } from './scoring'

/** A stored result's levels, typed as the scoring gives them (the collection stores them as JSON). */
export function resultLevels(result: DiagnosticResult): DiagnosticLevels {
  return {
    domains: result.levels as DiagnosticLevels['domains'],
    overall: result.overall as DiagnosticLevels['overall'],
  }
}
