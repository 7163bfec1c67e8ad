import { getTranslations } from 'next-intl/server'

import { textLinkClass } from '@/components/ui/textLinkClass'
import { licenceMessageKey, licenceUrl } from '@/lib/resources/licences'

/** A resource's licence by its name, linked to the licence's text when it has one. */
export async function LicenceName({ value }: { value: string }) {
  const t = await getTranslations('resources')
  const name = t(`licences.${licenceMessageKey(value)}` as 'licences.cc-by')
  const url = licenceUrl(value)
  if (!url) return <>{name}</>
  return (
    <a href={url} rel="license noopener noreferrer" className={textLinkClass()}>
      {name}
    </a>
  )
}
