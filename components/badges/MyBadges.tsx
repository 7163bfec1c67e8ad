import { getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/Button'
import { buttonClass } from '@/components/ui/buttonClass'
import { LinkButton } from '@/components/ui/LinkButton'
import type { Locale } from '@/i18n/locales'
import { setBadgeNameAction } from '@/lib/badges/actions'
import type { BadgeView } from '@/lib/badges/queries'
import { formatBrussels } from '@/lib/time/brussels'

/**
 * The learner's badges in the learner space: each opens its public page, prints its certificate or downloads
 * its credential, and the learner chooses whether their first name shows (hidden until they do).
 */
export async function MyBadges({ badges, locale }: { badges: BadgeView[]; locale: Locale }) {
  const t = await getTranslations('badges.mine')
  return (
    <section id="badges" aria-labelledby="badges-title" className="mt-8">
      <h2 id="badges-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-2 text-lg">{badges.length ? t('intro') : t('none')}</p>
      <ul className="mt-3 grid gap-4 empty:hidden">
        {badges.map((badge) => (
          <li key={badge.publicId} className="rounded-xl border-2 border-amber-300 bg-amber-50 p-4">
            <h3 className="text-xl font-bold text-brand-900">
              <span aria-hidden="true">★ </span>
              {badge.name}
            </h3>
            <p className="mt-1 text-lg">{t('earnedOn', { date: formatBrussels(badge.issuedAt, locale) })}</p>
            {badge.revoked ? <p className="mt-1 text-lg font-semibold text-red-800">{t('revoked')}</p> : null}
            <div className="mt-3 flex flex-wrap gap-2">
              <LinkButton href={{ pathname: '/badges/[id]', params: { id: badge.publicId } }} size="lg">
                {t('open')}
                <span className="sr-only"> · {badge.name}</span>
              </LinkButton>
              <LinkButton
                href={{ pathname: '/badges/[id]/certificat', params: { id: badge.publicId } }}
                variant="secondary"
                size="lg"
              >
                {t('certificate')}
                <span className="sr-only"> · {badge.name}</span>
              </LinkButton>
              <a
                href={`/api/open-badges/${badge.publicId}/credential`}
                download
                className={buttonClass({ variant: 'secondary', size: 'lg' })}
              >
                {t('download')}
                <span className="sr-only"> · {badge.name}</span>
              </a>
            </div>
            <form action={setBadgeNameAction.bind(null, locale)} className="mt-3">
              <input type="hidden" name="badge" value={badge.publicId} />
              <input type="hidden" name="show" value={badge.showName ? '0' : '1'} />
              <p className="text-lg">{badge.showName ? t('nameShown') : t('nameHidden')}</p>
              <Button type="submit" variant="neutral" size="lg" className="mt-2">
                {badge.showName ? t('hideName') : t('showName')}
                <span className="sr-only"> · {badge.name}</span>
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  )
}
