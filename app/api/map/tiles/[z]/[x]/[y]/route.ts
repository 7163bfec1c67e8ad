import { gunzipSync } from 'node:zlib'

import { basemapTiles } from '@/lib/geo/basemap'
import { tileAt } from '@/lib/geo/tile-archive'

type Params = { params: Promise<{ z: string; x: string; y: string }> }

const headers = { 'content-type': 'application/vnd.mapbox-vector-tile', 'cache-control': 'public, max-age=86400' }

/**
 * One tile of the offline basemap, from the archive cut at build time; a tile the archive lacks is empty
 * (204). Tiles are stored gzipped and sent plain: Next drops a route's own content-encoding header, so the
 * transfer is compressed by the proxy in front (deploy/nginx lists this type in gzip_types).
 */
export async function GET(_request: Request, { params }: Params) {
  const { z, x, y } = await params
  const [zoom, column, row] = [z, x, y].map((value) => (/^\d{1,7}$/.test(value) ? Number(value) : NaN))
  if ([zoom, column, row].some((n) => !Number.isInteger(n))) return new Response(null, { status: 404 })
  const tile = tileAt(await basemapTiles(), zoom!, column!, row!)
  if (!tile) return new Response(null, { status: 204, headers: { 'cache-control': headers['cache-control'] } })
  return new Response(new Uint8Array(gunzipSync(tile)), { headers })
}
