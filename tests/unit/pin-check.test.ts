import { describe, expect, it } from 'vitest'

import { farFromMunicipalityKm, pinDistance, precisionKey } from '@/lib/structures/pinCheck'
import { pinPlacement } from '@/lib/structures/pinPlacement'

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

describe('pinPlacement', () => {
  it('measures from the centre of the municipality the address names', async () => {
    const dave = await pinPlacement(
      { country: 'BE', postcode: '5000', city: 'Namur' },
      { longitude: 4.885, latitude: 50.4224 },
    )
    expect(dave).toMatchObject({ far: true, city: 'Namur' })
    const centre = await pinPlacement(
      { country: 'BE', postcode: '5000', city: 'Namur' },
      { longitude: 4.866, latitude: 50.4645 },
    )
    expect(centre).toMatchObject({ far: false })
    expect(centre!.km).toBeLessThan(2)
  })
  it('says nothing without a pin or a known municipality', async () => {
    expect(await pinPlacement({ country: 'BE', postcode: '5000', city: 'Namur' }, null)).toBeNull()
    expect(
      await pinPlacement({ country: 'XX', postcode: '5000', city: 'Namur' }, { longitude: 4.8, latitude: 50.4 }),
    ).toBeNull()
  })
})
