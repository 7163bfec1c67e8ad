import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { uploadStorage } from '@/lib/payload/storage'

/** Uploads go to S3-compatible storage only when S3_BUCKET is set; local disk stays the default. */
const media = (): CollectionConfig => ({
  slug: 'media',
  upload: { staticDir: 'data/uploads' },
  fields: [{ name: 'alt', type: 'text' }],
})
const names = (collection: CollectionConfig) => collection.fields.map((f) => ('name' in f ? f.name : f.type))
const apply = async (env: Record<string, string>) => {
  const config = (await uploadStorage(env)({ collections: [media()] } as Config)) as Config
  return config.collections!.find((c) => c.slug === 'media')!
}
const upload = (collection: CollectionConfig) =>
  collection.upload as Exclude<CollectionConfig['upload'], boolean | undefined>

describe('upload storage', () => {
  it('keeps files on local disk without S3_BUCKET, with the same prefix field in the schema', async () => {
    const collection = await apply({})
    expect(upload(collection).disableLocalStorage).toBeFalsy()
    expect(upload(collection).handlers ?? []).toHaveLength(0)
    expect(names(collection)).toContain('prefix')
  })

  it('stores them in the bucket when S3_BUCKET is set, still served through Payload', async () => {
    const collection = await apply({
      S3_BUCKET: 'uploads',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    expect(upload(collection).disableLocalStorage).toBe(true)
    expect(upload(collection).handlers?.length).toBeGreaterThan(0)
    // The same fields either way: one schema, one set of migrations for both.
    expect(names(collection)).toEqual(names(await apply({})))
  })
})
