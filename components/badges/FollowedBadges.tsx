import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { BadgeView } from '@/lib/badges/queries'
import { formatBrussels } from '@/lib/time/brussels'

/** A learner's badges on the aidant's follow-up page (only learners who agreed to share have any here). */
export async function FollowedBadges({ badges, locale }: { badges: BadgeView[]; locale: Locale }) {
  const t = await getTranslations('badges.followUp')
  return (
    <section aria-labelledby="h-badges" className="mt-6">
      <h2 id="h-badges" className="text-2xl font-bold">
        {t('title')}
      </h2>
      {badges.length ? (
        <ul className="mt-2 space-y-1 text-lg">
          {badges.map((badge) => (
            <li key={badge.publicId}>
              <Link
                href={{ pathname: '/badges/[id]', params: { id: badge.publicId } }}
                className="text-brand-700 underline"
              >
                {badge.name}
              </Link>{' '}
              · {formatBrussels(badge.issuedAt, locale)}
              {badge.revoked ? ` · ${t('revoked')}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-lg">{t('none')}</p>
      )}
    </section>
  )
}
