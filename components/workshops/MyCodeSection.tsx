import { getTranslations } from 'next-intl/server'

import { LinkButton } from '@/components/ui/LinkButton'

/**
 * In the learner space of a participant without an account: their personal code, which reopens their
 * progress on another device, and the way to their printable card.
 */
export async function MyCodeSection({ code }: { code: string }) {
  const t = await getTranslations('progressCard')
  return (
    <section aria-labelledby="my-code-title" className="mt-10 rounded-xl border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="my-code-title" className="text-2xl font-bold">
        {t('myCodeTitle')}
      </h2>
      <p className="mt-2 text-lg">{t('myCodeIntro')}</p>
      <p className="mt-3 font-mono text-3xl font-extrabold tracking-wider break-all" data-testid="my-personal-code">
        {code}
      </p>
      <p className="mt-4">
        <LinkButton href="/espace-apprenant/carte" size="lg">
          {t('myCardCta')}
        </LinkButton>
      </p>
    </section>
  )
}
