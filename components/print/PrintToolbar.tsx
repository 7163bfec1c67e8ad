import { getTranslations } from 'next-intl/server'

import { PrintButton } from '@/components/ui/PrintButton'
import { TextLink } from '@/components/ui/TextLink'

/** Back link and the visible "Imprimer" button; hidden on paper. */
export async function PrintToolbar({ slug }: { slug: string }) {
  const t = await getTranslations('print')
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
      <TextLink href={{ pathname: '/modules/[slug]', params: { slug } }}>← {t('backToModule')}</TextLink>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-slate-600">{t('printHint')}</span>
        <PrintButton label={t('print')} />
      </div>
    </div>
  )
}
