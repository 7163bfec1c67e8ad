import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { distance } from '@/lib/geo/geocode'
import { pinPlacement } from '@/lib/structures/pinPlacement'

import { structureData } from './support/members'
import { startPayload } from './support/payload'

/** Where a structure is placed when it is saved (collections/Structures/hooks/locateStructure.ts). */
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
}, 60_000)

describe('placing a structure', () => {
  it('geocodes from the postcode and municipality, keeps a pin someone placed, and follows a change of address', async () => {
    const data = structureData('Sans coordonnées', '5590', 'Ciney')
    const created = await payload.create({ collection: 'structures', data, overrideAccess: true })
    expect(created).toMatchObject({ locationPrecision: 'municipality', latitude: expect.closeTo(50.29, 1) })

    const pinned = await payload.update({
      collection: 'structures',
      id: created.id,
      data: { latitude: 50.3, longitude: 5.11 },
      overrideAccess: true,
    })
    expect(pinned).toMatchObject({ locationPrecision: 'exact', latitude: 50.3, longitude: 5.11 })

    // Saving other fields leaves the pin alone.
    const other = await payload.update({
      collection: 'structures',
      id: created.id,
      data: { description: 'Nouveau texte' },
      overrideAccess: true,
    })
    expect(other).toMatchObject({ locationPrecision: 'exact', latitude: 50.3, longitude: 5.11 })

    const moved = await payload.update({
      collection: 'structures',
      id: created.id,
      data: { postcode: '5000', city: 'Namur' },
      overrideAccess: true,
    })
    expect(moved).toMatchObject({ locationPrecision: 'municipality', latitude: expect.closeTo(50.47, 1) })
  })
})

describe('placing a structure in a sub-municipality (issue 19)', () => {
  // Jambes' centre (place de la Wallonie), across the Meuse from Namur.
  const jambes = { longitude: 4.873, latitude: 50.456 }

  it('places "Rue de Dave 12, 5100 Jambes" in Jambes and says so', async () => {
    const created = await payload.create({
      collection: 'structures',
      data: { ...structureData('Espace numérique de Jambes', '5100', 'Jambes'), address: 'Rue de Dave 12' },
      overrideAccess: true,
    })
    expect(created.locationPrecision).toBe('submunicipality')
    expect(distance(created.longitude!, created.latitude!, jambes.longitude, jambes.latitude)).toBeLessThan(2)
  })

  it('tells how far a pin is from the municipality of its address', async () => {
    const address = { country: 'BE', postcode: '5100', city: 'Jambes' }
    expect(await pinPlacement(address, jambes)).toMatchObject({ far: false })
    // The centre of the province of Namur, where the old lookup put such an address.
    const far = await pinPlacement(address, { longitude: 4.85, latitude: 50.25 })
    expect(far?.far).toBe(true)
    expect(far?.km).toBeGreaterThan(20)
    expect(await pinPlacement({ country: 'BE', postcode: '5999', city: 'Nulle-Part' }, jambes)).toBeNull()
  })
})

describe('when the online geocoder fails', () => {
  afterEach(() => {
    delete process.env.GEOCODER_URL
    vi.restoreAllMocks()
  })

  it('falls back to the offline lookup and logs a warning with the structure id, not the address', async () => {
    const created = await payload.create({
      collection: 'structures',
      data: structureData('Géocodeur en panne', '5590', 'Ciney'),
      overrideAccess: true,
    })
    const server = createServer((_request, response) => response.writeHead(503).end('down'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.GEOCODER_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/search`
    const warn = vi.spyOn(payload.logger, 'warn')
    try {
      const moved = await payload.update({
        collection: 'structures',
        id: created.id,
        data: { postcode: '5000', city: 'Namur', address: 'Rue de Fer 1' },
        overrideAccess: true,
      })
      expect(moved).toMatchObject({ locationPrecision: 'municipality', latitude: expect.closeTo(50.47, 1) })
    } finally {
      server.close()
    }
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ structure: created.id, err: expect.any(Error) }))
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/Rue de Fer|Namur/)
  })
})
