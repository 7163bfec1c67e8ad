import { pinPlacement } from '@/lib/structures/pinPlacement'

/**
 * GET ?country&postcode&city&latitude&longitude → { km, far, city } or null: how far a pin is from the centre of
 * its address's municipality, asked by the structure form's pin as it moves. Public data only (the offline
 * place lookup), nothing stored; the answer depends on the query alone, so it may be cached.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const text = (name: string) => (params.get(name) ?? '').trim().slice(0, 100)
  const number = (name: string) => Number(text(name).replace(',', '.'))
  const latitude = number('latitude')
  const longitude = number('longitude')
  const pin =
    text('latitude') && text('longitude') && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
      ? { latitude, longitude }
      : null
  const placement = await pinPlacement(
    { country: text('country'), postcode: text('postcode'), city: text('city') },
    pin,
  )
  return Response.json(placement, { headers: { 'cache-control': 'public, max-age=3600' } })
}
