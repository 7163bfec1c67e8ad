import { readFile } from 'node:fs/promises'
import path from 'node:path'

/** The offline basemap (data/geo/basemap.json, built by scripts/geo/build.mjs): country and province outlines. */
export async function GET() {
  const body = await readFile(path.join(process.cwd(), 'data', 'geo', 'basemap.json'))
  return new Response(body, {
    headers: { 'content-type': 'application/geo+json', 'cache-control': 'public, max-age=86400' },
  })
}
