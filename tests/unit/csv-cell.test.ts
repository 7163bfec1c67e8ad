import { describe, expect, it } from 'vitest'

import { csvCell, formulaSafe } from '@/lib/export/csvCell'
import { parseCsv, toCsv } from '@/lib/open-data/csv'
import { followUpCsv } from '@/lib/workshops/csv'

describe('formulaSafe (OWASP CSV injection)', () => {
  it('neutralises every cell a spreadsheet would run as a formula, even after spaces', () => {
    for (const value of [
      '=HYPERLINK("http://evil.example","x")',
      '+SUM(1)',
      '-1+2',
      '@SUM(1)',
      '\t=1',
      '\r=1',
      '  =1',
      '\n=1',
    ])
      expect(formulaSafe(value).startsWith("'"), JSON.stringify(value)).toBe(true)
  })

  it('leaves text and plain numbers (negative longitudes, +32 phone numbers) alone', () => {
    for (const value of ['Maison de quartier', '-4.35', '+3221020304', '-12', '3/5', '', 'a=b'])
      expect(formulaSafe(value)).toBe(value)
  })

  it('quotes what a spreadsheet would split', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""')
    expect(csvCell('=1+1')).toBe("'=1+1")
  })
})

describe('exports', () => {
  it('the workshop follow-up CSV never carries a formula', () => {
    const csv = followUpCsv(
      {
        modules: [{ title: '@SUM(A1)' }],
        rows: [
          {
            participant: { name: '=HYPERLINK("http://evil.example","Cliquez")' },
            cells: [{ status: 'done', score: 3, questions: 5, attempts: 1, seconds: 120 }],
          },
        ],
      } as unknown as Parameters<typeof followUpCsv>[0],
      {
        learner: 'Apprenant',
        module: 'Module',
        status: 'Statut',
        statuses: {},
        score: 'Score',
        attempts: 'Essais',
        minutes: 'Minutes',
      },
    )
    const [header, row] = parseCsv(csv)
    // Every column is named in the aidant's language, none left in English.
    expect(header).toEqual(['Apprenant', 'Module', 'Statut', 'Score', 'Essais', 'Minutes'])
    expect(row![0]).toBe(`'=HYPERLINK("http://evil.example","Cliquez")`)
    expect(row![1]).toBe("'@SUM(A1)")
  })

  it('the open-data CSV never carries a formula', () => {
    const [, row] = parseCsv(toCsv(['nom', 'longitude'], [{ nom: '=cmd|"/c calc"!A1', longitude: '-1.55' }]))
    expect(row).toEqual([`'=cmd|"/c calc"!A1`, '-1.55'])
  })
})
