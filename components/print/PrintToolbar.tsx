import { getTranslations } from 'next-intl/server'

import { PrintButton } from '@/components/ui/PrintButton'
import { Link } from '@/i18n/navigation'

/** Back link and the visible "Imprimer" button; hidden on paper. */
export async function PrintToolbar({ slug }: { slug: string }) {
  const t = await getTranslations('print')
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
      <Link
        href={{ pathname: '/modules/[slug]', params: { slug } }}
        className="inline-flex min-h-11 items-center text-brand-700 underline"
      >
        ← {t('backToModule')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-slate-600">{t('printHint')}</span>
        <PrintButton label={t('print')} />
      </div>
    </div>
  )
}
