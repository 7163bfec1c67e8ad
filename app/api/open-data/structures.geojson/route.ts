import { structuresGeoJson } from '@/lib/open-data/geojson'
import { openDataHeaders } from '@/lib/open-data/export'
import { getPayloadClient } from '@/lib/payload/client'

/** Every visible structure (Belgium and France) as GeoJSON points (lib/open-data/geojson.ts). */
export async function GET() {
  return new Response(JSON.stringify(await structuresGeoJson(await getPayloadClient())), {
    headers: openDataHeaders('application/geo+json; charset=utf-8', 'structures.geojson'),
  })
}
