import { type Payload, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as pinCheck } from '@/app/api/map/pin-check/route'
import { GET as tile } from '@/app/api/map/tiles/[z]/[x]/[y]/route'
import { GET as click } from '@/app/api/newsletter/click/route'
import { GET as confirm } from '@/app/api/newsletter/confirm/route'
import { GET as unsubscribe, POST as unsubscribePost } from '@/app/api/newsletter/unsubscribe/route'
import { parseCsv } from '@/lib/open-data/csv'
import { exportLieux, lieuxCsv } from '@/lib/open-data/export'

import { createStructure } from './support/members'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
  delete process.env.TRUSTED_PROXIES
  payload = await startPayload()
}, 120_000)

/** The paths of the fields a failed write names, or [] when it succeeded. */
async function invalidFields(write: () => Promise<unknown>): Promise<string[]> {
  try {
    await write()
    return []
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return error.data.errors.map((e) => e.path)
  }
}

describe('newsletter links with a damaged query string', () => {
  const get = (path: string) => new Request(`http://localhost:3000${path}`, { headers: { host: 'site.example' } })

  it('go to the "invalid link" page on the public host, never a 500 or localhost', async () => {
    for (const path of [
      '/api/newsletter/confirm?id=abc',
      '/api/newsletter/confirm?id=1e3&token=x',
      '/api/newsletter/confirm?id=-1',
      '/api/newsletter/confirm',
    ]) {
      const response = await confirm(get(path))
      expect(response.status, path).toBe(303)
      expect(response.headers.get('location'), path).toBe('http://site.example/fr/newsletter?etat=lien-invalide')
    }
    const gone = await unsubscribe(get('/api/newsletter/unsubscribe?id=6;drop&locale=nl'))
    expect(gone.status).toBe(303)
    expect(gone.headers.get('location')).toMatch(/^http:\/\/site\.example\/nl\/.*etat=lien-invalide$/)
    expect((await unsubscribePost(get('/api/newsletter/unsubscribe?id=%ff'))).status).toBe(400)
  })

  it('an unknown click goes home on the public host', async () => {
    for (const path of [
      '/api/newsletter/click?n=abc&a=1',
      '/api/newsletter/click?n=1&a=99999999999999999999',
      '/api/newsletter/click',
    ]) {
      const response = await click(get(path))
      expect(response.status, path).toBe(303)
      expect(response.headers.get('location'), path).toBe('http://site.example/')
    }
  })
})

describe('web-address fields accept http(s) only, through every route into the collections', () => {
  it('a structure website, an event online link and a resource link refuse javascript:', async () => {
    const structure = await createStructure(payload, 'Lien Sûr')
    const asReferentWould = (website: string) =>
      payload.update({ collection: 'structures', id: structure.id, data: { website }, overrideAccess: true })
    expect(await invalidFields(() => asReferentWould('javascript:alert(document.cookie)'))).toEqual(['website'])
    expect(await invalidFields(() => asReferentWould('java\tscript:alert(1)'))).toEqual(['website'])
    expect(await invalidFields(() => asReferentWould('https://lien-sur.example.org'))).toEqual([])

    const eventErrors = await invalidFields(() =>
      payload.create({
        collection: 'events',
        data: { title: 'En ligne', onlineUrl: 'javascript:alert(1)' } as never,
        overrideAccess: true,
      }),
    )
    expect(eventErrors).toContain('onlineUrl')
    const fineEvent = await invalidFields(() =>
      payload.create({
        collection: 'events',
        data: { title: 'En ligne', onlineUrl: 'https://visio.example.org/salle' } as never,
        overrideAccess: true,
      }),
    )
    expect(fineEvent).not.toContain('onlineUrl')

    const resourceErrors = await invalidFields(() =>
      payload.create({
        collection: 'community-resources',
        data: { title: 'Ressource', url: 'data:text/html,<script>alert(1)</script>' } as never,
        overrideAccess: true,
      }),
    )
    expect(resourceErrors).toContain('url')
  })
})

describe('open-data export', () => {
  it('is formula-safe and drops a javascript: website stored before the rule existed', async () => {
    const structure = await createStructure(payload, 'Formule')
    // Written straight to the database, as older data would be: the collection's validation would refuse it.
    await payload.db.updateOne({
      collection: 'structures',
      where: { id: { equals: structure.id } },
      data: {
        name: '=HYPERLINK("https://evil.example","Cliquez")',
        website: 'javascript:alert(1)',
        alwaysListed: true,
      },
    })
    const rows = await exportLieux(payload, 'BE')
    const row = rows.find((r) => r.id === structure.slug)!
    expect(row.site_web).toBe('')
    const [header, ...lines] = parseCsv(lieuxCsv(rows))
    const line = lines.find((l) => l[header!.indexOf('id')] === structure.slug)!
    expect(line[header!.indexOf('nom')]).toBe(`'=HYPERLINK("https://evil.example","Cliquez")`)
    expect(line[header!.indexOf('site_web')]).toBe('')
  })
})

describe('the map routes asked with garbage', () => {
  const check = (query: string) => pinCheck(new Request(`https://123digit.test/api/map/pin-check?${query}`))

  it('the pin check refuses a pin that is not one, and answers a real one', async () => {
    for (const query of ['', 'latitude=abc&longitude=4.8', 'latitude=91&longitude=4.8', 'latitude=50.4&longitude=']) {
      const response = await check(`country=BE&postcode=5100&city=Jambes&${query}`)
      expect(response.status, query).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/latitude/)
    }
    const near = await check('country=BE&postcode=5100&city=Jambes&latitude=50.4556&longitude=4.8745')
    expect(near.status).toBe(200)
    expect(await near.json()).toMatchObject({ far: false })
    // An address the lookup does not know: nothing to compare, not an error.
    expect(await (await check('country=XX&postcode=%00&latitude=50&longitude=4')).json()).toBeNull()
  })

  it('a tile address that is not one is a 404, an empty place a 204', async () => {
    const at = (z: string, x: string, y: string) =>
      tile(new Request('https://123digit.test/'), { params: Promise.resolve({ z, x, y }) })
    for (const [z, x, y] of [
      ['a', '0', '0'],
      ['1', '-1', '0'],
      ['99999999', '0', '0'],
      ['1', '0', '1.5'],
    ])
      expect((await at(z!, x!, y!)).status, `${z}/${x}/${y}`).toBe(404)
    expect((await at('10', '0', '0')).status).toBe(204)
  })
})
