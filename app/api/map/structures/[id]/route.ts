import { isLocale } from '@/i18n/locales'
import { errorResponse } from '@/lib/http/errorStatus'
import { structurePopup } from '@/lib/map/structurePopup'
import { getPayloadClient } from '@/lib/payload/client'

/** What a map popup shows about one visible structure (lib/map/structurePopup.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const requested = new URL(request.url).searchParams.get('locale')
  const result = await structurePopup(await getPayloadClient(), id, isLocale(requested) ? requested : 'fr')
  if (!result.ok) return errorResponse(result.error)
  return Response.json(result.value, { headers: { 'cache-control': 'public, max-age=60' } })
}
