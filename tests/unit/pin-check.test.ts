import { describe, expect, it } from 'vitest'

import { farFromMunicipalityKm, pinDistance, precisionKey } from '@/lib/structures/pinCheck'

// The centre of Namur and a pin in Jambes, across the Meuse (about 1.5 km), and one at Dave (about 5 km).
const namur = { longitude: 4.8675, latitude: 50.4669 }

describe('pinDistance', () => {
  it('warns beyond 2 km from the municipality centre only', () => {
    expect(farFromMunicipalityKm).toBe(2)
    const close = pinDistance({ longitude: 4.8735, latitude: 50.4545 }, namur)
    expect(close!.far).toBe(false)
    expect(close!.km).toBeGreaterThan(1)
    expect(close!.km).toBeLessThan(2)
    const far = pinDistance({ longitude: 4.885, latitude: 50.4224 }, namur)
    expect(far!.far).toBe(true)
    expect(far!.km).toBeGreaterThan(4.5)
  })
  it('says nothing without a pin or a centre', () => {
    expect(pinDistance(null, namur)).toBeNull()
    expect(pinDistance(namur, null)).toBeNull()
  })
})

describe('precisionKey', () => {
  it('names each precision, reading an unknown one as the vaguest', () => {
    expect(precisionKey('exact')).toBe('exact')
    expect(precisionKey('submunicipality')).toBe('submunicipality')
    expect(precisionKey('province')).toBe('area')
    expect(precisionKey(null)).toBeNull()
  })
})
