import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { BadgeView } from '@/lib/badges/queries'
import { formatBrussels } from '@/lib/time/brussels'

/** Who earned the badge (only a first name they chose to show), when, and with which structure. */
export async function BadgeFacts({ badge, locale }: { badge: BadgeView; locale: Locale }) {
  const t = await getTranslations('badges.page')
  return (
    <ul className="space-y-1 text-xl">
      <li>{badge.holder ? t('earnedBy', { name: badge.holder }) : t('earnedByHidden')}</li>
      <li>{t('earnedOn', { date: formatBrussels(badge.issuedAt, locale) })}</li>
      <li>{badge.structure ? t('structure', { name: badge.structure }) : t('alone')}</li>
    </ul>
  )
}
