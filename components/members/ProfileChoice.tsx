import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

/** Two large choices, with words and an icon, before any form. */
export async function ProfileChoice() {
  const t = await getTranslations('auth')
  const choices = [
    {
      profile: 'aidant',
      title: t('aidantChoice'),
      text: t('aidantChoiceText'),
      icon: 'M16 11a4 4 0 1 0-4-4 4 4 0 0 0 4 4zm-8 0a3 3 0 1 0-3-3 3 3 0 0 0 3 3zm0 2c-2.7 0-6 1.3-6 4v2h8v-2c0-1.1.4-2.1 1.2-2.9A9 9 0 0 0 8 13zm8 0c-3 0-7 1.5-7 4.5V20h14v-2.5C23 14.5 19 13 16 13z',
    },
    {
      profile: 'apprenant',
      title: t('apprenantChoice'),
      text: t('apprenantChoiceText'),
      icon: 'M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4L12 21l7-3.8v-4L12 17z',
    },
  ] as const
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {choices.map((choice) => (
        <li key={choice.profile}>
          <Link
            href={{ pathname: '/inscription', query: { profil: choice.profile } }}
            className="flex h-full flex-col gap-2 rounded-xl border-2 border-brand-700 p-5 hover:bg-brand-50"
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" className="h-10 w-10 fill-brand-700">
              <path d={choice.icon} />
            </svg>
            <span className="text-xl font-bold text-brand-900">{choice.title}</span>
            <span className="text-slate-700">{choice.text}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
