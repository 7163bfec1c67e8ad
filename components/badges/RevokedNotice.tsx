import { getTranslations } from 'next-intl/server'

import { Notice } from '@/components/ui/Notice'
import type { Locale } from '@/i18n/locales'
import type { BadgeView } from '@/lib/badges/queries'
import { formatBrussels } from '@/lib/time/brussels'

/** "Révoqué le … : raison", on the public page and the certificate alike. */
export async function RevokedNotice({ revoked, locale }: { revoked: BadgeView['revoked']; locale: Locale }) {
  if (!revoked) return null
  const t = await getTranslations('badges.page')
  return (
    <Notice tone="error" className="text-xl font-semibold" data-testid="badge-revoked">
      {t('revoked', { date: formatBrussels(revoked.at, locale), reason: revoked.reason })}
    </Notice>
  )
}
