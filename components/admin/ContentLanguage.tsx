'use client'

import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect } from 'react'

import { defaultLocale } from '@/i18n/locales'

const texts = {
  fr: {
    label: 'Langue du contenu\u00a0:',
    names: { fr: 'français', nl: 'néerlandais' } as Record<string, string>,
    other: 'Vous modifiez la version néerlandaise de ce document.',
    fresh: 'Un nouveau document s’écrit d’abord en français\u00a0; sa version néerlandaise se fait ensuite.',
  },
  nl: {
    label: 'Taal van de inhoud:',
    names: { fr: 'Frans', nl: 'Nederlands' } as Record<string, string>,
    other: 'Je bewerkt de Nederlandse versie van dit document.',
    fresh: 'Een nieuw document schrijf je eerst in het Frans; de Nederlandse versie volgt daarna.',
  },
}

/**
 * At the top of every form of a localized collection: the language of the content being edited, always in view,
 * highlighted when it is not French, so a module is never typed into the wrong language. A new document always
 * starts in French (the default locale, whose required texts the others fall back to): if the editor's last
 * locale was Dutch, the create form switches to French and says so (ADR 0031).
 */
export function ContentLanguageBanner() {
  const { code } = useLocale()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const t = i18n.language === 'nl' ? texts.nl : texts.fr
  const creating = id === undefined || id === null
  const foreign = code !== defaultLocale

  useEffect(() => {
    if (!creating || !foreign) return
    const params = new URLSearchParams(searchParams.toString())
    params.set('locale', defaultLocale)
    router.replace(`${pathname}?${params.toString()}`)
  }, [creating, foreign, pathname, router, searchParams])

  return (
    <div
      className={`content-language${foreign ? ' content-language--other' : ''}`}
      role="status"
      data-content-locale={code}
    >
      <strong>
        {t.label} {t.names[code] ?? code}
      </strong>
      {foreign && !creating ? <span> {t.other}</span> : null}
      {creating ? <span> {t.fresh}</span> : null}
    </div>
  )
}
