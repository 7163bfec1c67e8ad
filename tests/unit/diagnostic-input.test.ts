import { describe, expect, it } from 'vitest'

import { isSubmissionId, normalizeCode, resultCode } from '@/lib/diagnostic/resultCode'
import { parseSituation, situationErrors } from '@/lib/diagnostic/situation'
import { domains } from '@/lib/diagnostic/tasks'

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
  it('asks for every domain’s autonomy, from 0 to 3', () => {
    const form = new FormData()
    for (const domain of domains) form.set(`autonomy.${domain}`, '2')
    form.set('autonomy.email', '4')
    form.append('equipment', 'smartphone')
    form.append('equipment', 'spaceship')
    const { answers, errors } = parseSituation(form)
    expect(errors).toEqual({ 'autonomy.email': 'required' })
    expect(answers.equipment).toEqual(['smartphone'])
    expect(situationErrors({ autonomy: { ...answers.autonomy, email: 0 } })).toEqual({})
  })
})
