import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { notFound } from '@/lib/errors'
import { loadGazetteer } from '@/lib/geo/gazetteer'
import { localizedCityName } from '@/lib/geo/search'
import { integerId } from '@/lib/http/id'
import { translator } from '@/lib/i18n/translator'
import { fail, ok, type Result } from '@/lib/result'

export type StructurePopup = { name: string; address: string; services: string[]; href: string }

/** What a map popup shows about one structure the public may see, in the visitor's language. */
export async function structurePopup(payload: Payload, id: unknown, locale: Locale): Promise<Result<StructurePopup>> {
  const structureId = integerId(id)
  if (structureId === null) return fail(notFound())
  const { docs } = await payload.find({
    collection: 'structures',
    // overrideAccess: false applies the public rule (access/visibleStructure.ts) to this anonymous read.
    where: { id: { equals: structureId } },
    overrideAccess: false,
    depth: 0,
    limit: 1,
    select: { slug: true, name: true, address: true, postcode: true, city: true, services: true },
  })
  const structure = docs[0]
  if (!structure) return fail(notFound())
  const t = translator(locale, 'structureOptions')
  // The municipality in the visitor's language ("1000 Brussel" on Dutch pages), whatever language it was typed in.
  const city = localizedCityName(await loadGazetteer(), structure.postcode, structure.city, locale)
  return ok({
    name: structure.name,
    address: `${structure.address}, ${structure.postcode} ${city}`,
    services: (structure.services ?? []).map((service) => t(`services.${service}`)),
    href: getPathname({ href: { pathname: '/structures/[slug]', params: { slug: structure.slug } }, locale }),
  })
}
