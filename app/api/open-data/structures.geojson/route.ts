import { exportLieux, openDataHeaders } from '@/lib/open-data/export'
import { getPayloadClient } from '@/lib/payload/client'

/** Every visible structure (Belgium and France) as GeoJSON points, with the schema's fields as properties. */
export async function GET() {
  const payload = await getPayloadClient()
  const rows = [...(await exportLieux(payload, 'BE')), ...(await exportLieux(payload, 'FR'))]
  const features = rows
    .filter((row) => row.latitude && row.longitude)
    .map(({ latitude, longitude, ...properties }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(longitude), Number(latitude)] },
      properties,
    }))
  return new Response(JSON.stringify({ type: 'FeatureCollection', features }), {
    headers: openDataHeaders('application/geo+json; charset=utf-8', 'structures.geojson'),
  })
}
