import { getTranslations } from 'next-intl/server'

import { LinkButton } from '@/components/ui/LinkButton'

/** An unknown or revoked statistics link: say that the link no longer works, and who can give a new one. */
export default async function SharedStatisticsGone() {
  const t = await getTranslations('statistics.public')
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-extrabold">{t('goneTitle')}</h1>
      <p className="mt-2 text-lg text-slate-700">{t('goneText')}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <LinkButton href="/">{t('home')}</LinkButton>
      </div>
    </div>
  )
}
