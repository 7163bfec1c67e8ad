import { searchParamsRecord } from '@/lib/catalogue/filters'
import { parseMapFilters } from '@/lib/map/filters'
import { findOnMap } from '@/lib/map/query'
import { compactPoints } from '@/lib/map/search'

/**
 * The map's points for a search, as compact integers (lib/map/search.ts). The same filters as the page's URL;
 * the page passes the place it chose (`place`), so a name with homonyms gives the same centre here.
 */
export async function GET(request: Request) {
  const filters = parseMapFilters(searchParamsRecord(new URL(request.url).searchParams))
  const { hits, origin } = await findOnMap(filters)
  return Response.json(
    { points: compactPoints(hits), origin: origin ? [origin.longitude, origin.latitude] : null },
    // "Open now" changes with the clock; other answers change only when a structure does.
    { headers: { 'cache-control': filters.openNow ? 'no-store' : 'public, max-age=60' } },
  )
}
