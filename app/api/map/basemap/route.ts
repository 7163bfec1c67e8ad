import { basemapFile } from '@/lib/geo/basemap'

/** The offline basemap: country, province and department outlines. */
export async function GET() {
  return new Response(new Uint8Array(await basemapFile()), {
    headers: { 'content-type': 'application/geo+json', 'cache-control': 'public, max-age=86400' },
  })
}
