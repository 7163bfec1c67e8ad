import { getTranslations } from 'next-intl/server'

import { LinkButton } from '@/components/ui/LinkButton'

export default async function NotFound() {
  const t = await getTranslations('notFound')
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-6xl font-extrabold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl font-extrabold">{t('title')}</h1>
      <p className="mt-2 text-lg text-slate-700">{t('text')}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <LinkButton href="/">{t('home')}</LinkButton>
        <LinkButton href="/catalogue" variant="secondary">
          {t('catalogue')}
        </LinkButton>
      </div>
    </div>
  )
}
