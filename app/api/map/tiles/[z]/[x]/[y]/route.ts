import { gunzipSync } from 'node:zlib'

import { basemapTiles } from '@/lib/geo/basemap'
import { tileAt } from '@/lib/geo/tile-archive'

type Params = { params: Promise<{ z: string; x: string; y: string }> }

const headers = { 'content-type': 'application/vnd.mapbox-vector-tile', 'cache-control': 'public, max-age=86400' }

/**
 * One tile of the offline basemap, from the archive cut at build time. Tiles are stored gzipped and sent
 * as they are to clients that accept gzip (all browsers); a tile the archive lacks is empty (204).
 */
export async function GET(request: Request, { params }: Params) {
  const { z, x, y } = await params
  const [zoom, column, row] = [z, x, y].map((value) => (/^\d{1,7}$/.test(value) ? Number(value) : NaN))
  if ([zoom, column, row].some((n) => !Number.isInteger(n))) return new Response(null, { status: 404 })
  const tile = tileAt(await basemapTiles(), zoom!, column!, row!)
  if (!tile) return new Response(null, { status: 204, headers: { 'cache-control': headers['cache-control'] } })
  const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')
  return new Response(new Uint8Array(gzip ? tile : gunzipSync(tile)), {
    headers: { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), vary: 'accept-encoding' },
  })
}
