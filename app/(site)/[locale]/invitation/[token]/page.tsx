import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { AuthPage } from '@/components/members/AuthPage'
import { Button } from '@/components/ui/Button'
import { LinkButton } from '@/components/ui/LinkButton'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getCurrentMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import { acceptInvitationAction } from '@/lib/structures/actions'
import { findInvitation } from '@/lib/structures/queries'
import type { Member } from '@/payload-types'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'structure' })
  return { title: t('invitationTitle'), robots: { index: false } }
}

/** The link of an invitation e-mail: join at once when signed in, or create an account first. */
export default async function InvitationPage({ params }: Props) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const [t, e, invitation, member] = await Promise.all([
    getTranslations('structure'),
    getTranslations('forms.errors'),
    getPayloadClient().then((payload) => findInvitation(payload, token)),
    getCurrentMember(),
  ])
  const here = getPathname({ href: { pathname: '/invitation/[token]', params: { token } }, locale })
  if (!invitation) {
    return (
      <AuthPage title={t('invitationTitle')}>
        <p className="text-lg" role="alert">
          {e('invitationInvalid')}
        </p>
      </AuthPage>
    )
  }
  const structure = invitation.structure.name
  const inviter = (invitation.invitedBy as Member | null)?.name ?? '123Digit'

  return (
    <AuthPage title={t('invitationTitle')} intro={<p>{t('invitationText', { name: inviter, structure })}</p>}>
      {member ? (
        <form action={acceptInvitationAction.bind(null, locale, token)}>
          <Button type="submit" size="lg">
            {t('invitationAccept', { structure })}
          </Button>
        </form>
      ) : (
        <div className="flex flex-col items-start gap-3">
          <LinkButton href={{ pathname: '/inscription', query: { invitation: token } }} size="lg">
            {t('invitationSignUp')}
          </LinkButton>
          <LinkButton href={{ pathname: '/connexion', query: { retour: here } }} variant="secondary" size="lg">
            {t('invitationSignIn')}
          </LinkButton>
        </div>
      )}
    </AuthPage>
  )
}
