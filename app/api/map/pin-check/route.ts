import { pinPlacement } from '@/lib/structures/pinPlacement'

/**
 * GET ?country&postcode&city&latitude&longitude → { km, far, city } or null (400 without a valid pin): how far a pin is from the centre of
 * its address's municipality, asked by the structure form's pin as it moves. Public data only (the offline
 * place lookup), nothing stored; the answer depends on the query alone, so it may be cached.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const text = (name: string) => (params.get(name) ?? '').trim().slice(0, 100)
  const number = (name: string) => Number(text(name).replace(',', '.'))
  const latitude = number('latitude')
  const longitude = number('longitude')
  // The form always sends its pin: anything else is a request to refuse, not a pin to measure.
  if (!text('latitude') || !text('longitude') || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180))
    return Response.json(
      { errors: [{ message: 'latitude and longitude must be numbers (-90 to 90, -180 to 180).' }] },
      { status: 400 },
    )
  const placement = await pinPlacement(
    { country: text('country'), postcode: text('postcode'), city: text('city') },
    { latitude, longitude },
  )
  return Response.json(placement, { headers: { 'cache-control': 'public, max-age=3600' } })
}
