import type { Payload } from 'payload'

import { exportLieux } from './export'

/** Every visible structure (Belgium and France) as GeoJSON points, with the schema's fields as properties. */
export async function structuresGeoJson(payload: Payload) {
  const rows = [...(await exportLieux(payload, 'BE')), ...(await exportLieux(payload, 'FR'))]
  const features = rows
    .filter((row) => row.latitude && row.longitude)
    .map(({ latitude, longitude, ...properties }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(longitude), Number(latitude)] },
      properties,
    }))
  return { type: 'FeatureCollection', features }
}
