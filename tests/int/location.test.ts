import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { structureData } from './support/members'
import { startPayload } from './support/payload'

/** Where a structure is placed when it is saved (lib/structures/location.ts). */
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
