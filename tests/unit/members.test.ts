import { describe, expect, it } from 'vitest'

import { RateLimiter } from '@/lib/auth/rateLimit'
import { safeReturnPath } from '@/lib/auth/returnPath'
import { hashToken, newToken, temporaryPassword } from '@/lib/members/tokens'
import { checkStructure, parseStructureForm } from '@/lib/structures/details'

describe('RateLimiter', () => {
  it('allows the limit within a window, then refuses until the window ends', async () => {
    const limiter = new RateLimiter(2, 1000)
    expect([await limiter.take('k', 0), await limiter.take('k', 10), await limiter.take('k', 20)]).toEqual([
      true,
      true,
      false,
    ])
    expect(await limiter.take('other', 20)).toBe(true)
    expect(await limiter.take('k', 1001)).toBe(true)
  })
})

describe('tokens and temporary passwords', () => {
  it('makes long random tokens, stored only as a hash', () => {
    const a = newToken()
    expect(a).toMatch(/^[\w-]{43}$/)
    expect(newToken()).not.toBe(a)
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(a)).toBe(hashToken(a))
  })

  it('makes temporary passwords without look-alike characters', () => {
    for (let i = 0; i < 50; i++)
      expect(temporaryPassword()).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/)
  })
})

describe('safeReturnPath', () => {
  it('follows local paths only', () => {
    expect(safeReturnPath('/fr/modules/x/trame')).toBe('/fr/modules/x/trame')
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '', undefined, 42])
      expect(safeReturnPath(bad)).toBeNull()
  })
})

describe('structure form', () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData()
    for (const [k, v] of entries) data.append(k, v)
    return data
  }

  it('reads every field, keeps known options only, and the days that have hours', () => {
    const input = parseStructureForm(
      form([
        ['name', ' EPN '],
        ['type', 'epn'],
        ['address', 'Rue 1'],
        ['postcode', '5000'],
        ['city', 'Namur'],
        ['country', 'BE'],
        ['latitude', '50,4674'],
        ['longitude', ''],
        ['services', 'outils-quotidien'],
        ['services', 'inconnu'],
        ['fees', 'gratuit'],
        ['pivot', '0123.456.789'],
        ['hours.mon.opens', '09:00'],
        ['hours.mon.closes', '12:00'],
      ]),
    )
    expect(input).toMatchObject({
      name: 'EPN',
      latitude: 50.4674,
      longitude: null,
      services: ['outils-quotidien'],
      fees: ['gratuit'],
      openingHours: [{ day: 'mon', opens: '09:00', closes: '12:00' }],
    })
    expect(checkStructure(input)).toEqual({})
  })

  it('explains each mistake on its field', () => {
    const input = parseStructureForm(
      form([
        ['type', 'epn'],
        ['address', 'Rue 1'],
        ['postcode', '5000'],
        ['city', 'Lille'],
        ['country', 'FR'],
        ['latitude', '123'],
        ['website', 'exemple.be'],
        ['phone', 'appelez-moi'],
        ['pivot', '12-34'],
        ['hours.tue.opens', '14:00'],
        ['hours.tue.closes', '09:00'],
      ]),
    )
    expect(checkStructure(input)).toEqual({
      name: 'required',
      postcode: 'postcodeFr',
      latitude: 'number',
      website: 'url',
      phone: 'phone',
      pivot: 'pivot',
      'hours.tue': 'hours',
    })
  })
})
