import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

type Env = Record<string, string | undefined>

/**
 * Where uploads (the media collection) live: on local disk (data/uploads) unless S3_BUCKET is set, then in
 * that bucket of any S3-compatible store, so that every server instance serves the same files. Files are
 * still served through /api/media/file/…, so the collection's access rules keep applying. The plugin is
 * always registered, disabled without a bucket, with its `prefix` field inserted either way: the database
 * schema (and its migrations) is the same on disk and on S3.
 */
export function uploadStorage(env: Env = process.env): Plugin {
  const bucket = env.S3_BUCKET?.trim()
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  return s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    // A prefix (empty by default) keeps the `prefix` field in the schema when enabled too (storage-s3 3.90.1
    // inserts it when enabled only if a prefix is given).
    collections: { media: { prefix: env.S3_PREFIX?.trim() ?? '' } },
    config: {
      region: env.S3_REGION?.trim() || 'us-east-1',
      // MinIO, Garage, Ceph, Scaleway, OVH…: their endpoint, often with path-style bucket addresses.
      ...(env.S3_ENDPOINT?.trim() ? { endpoint: env.S3_ENDPOINT.trim() } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      // Without keys the AWS SDK's own chain applies (instance role, AWS_* variables).
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  })
}
