import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

type Props = {
  pathname: '/catalogue' | '/ressources-communaute' | '/cartographie' | '/media'
  query: Record<string, string | string[]>
  page: number
  totalPages: number
}

export async function Pagination({ pathname, query, page, totalPages }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations('pagination')
  const hrefFor = (p: number) => ({ pathname, query: p > 1 ? { ...query, page: String(p) } : query })
  const linkClass =
    'inline-flex min-h-11 items-center rounded-lg border border-brand-600 px-4 font-semibold text-brand-700 hover:bg-brand-50'

  return (
    <nav aria-label={t('label')} className="mt-8 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
          ← {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <p aria-current="page">{t('page', { page, total: totalPages })}</p>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          {t('next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
