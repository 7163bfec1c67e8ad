import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { translator } from '@/lib/i18n/translator'
import { getPayloadClient } from '@/lib/payload/client'

/** What a map popup shows about one visible structure, in the visitor's language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const requested = new URL(request.url).searchParams.get('locale') ?? 'fr'
  const locale = isLocale(requested) ? requested : 'fr'
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'structures',
    // overrideAccess: false applies the public rule (access/visibleStructure.ts) to this anonymous read.
    where: { id: { equals: Number(id) || 0 } },
    overrideAccess: false,
    depth: 0,
    limit: 1,
    select: { slug: true, name: true, address: true, postcode: true, city: true, services: true },
  })
  const structure = docs[0]
  if (!structure) return Response.json({ error: 'not-found' }, { status: 404 })
  const t = translator(locale, 'structureOptions')
  return Response.json(
    {
      name: structure.name,
      address: `${structure.address}, ${structure.postcode} ${structure.city}`,
      services: (structure.services ?? []).map((service) => t(`services.${service}`)),
      href: getPathname({ href: { pathname: '/structures/[slug]', params: { slug: structure.slug } }, locale }),
    },
    { headers: { 'cache-control': 'public, max-age=60' } },
  )
}
