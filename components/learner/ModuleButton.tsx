import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { ModuleStatus } from '@/lib/progress/overview'

const marks = { not_started: '○', in_progress: '◐', completed: '✓' } as const

/** A large button to a module's formation, with its status in words and an icon. */
export async function ModuleButton({
  slug,
  title,
  status,
  formation = true,
}: {
  slug: string
  title: string
  status: ModuleStatus
  formation?: boolean
}) {
  const t = await getTranslations('learner')
  const label = { not_started: t('notStarted'), in_progress: t('inProgress'), completed: t('done') }[status]
  return (
    <Link
      href={
        formation
          ? { pathname: '/modules/[slug]/formation', params: { slug } }
          : { pathname: '/modules/[slug]', params: { slug } }
      }
      className="flex min-h-16 items-center gap-4 rounded-xl border-2 border-brand-700 p-4 text-lg font-bold text-brand-900 hover:bg-brand-50"
    >
      <span
        aria-hidden="true"
        className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-full text-2xl ${status === 'completed' ? 'bg-green-700 text-white' : 'bg-brand-50'}`}
      >
        {marks[status]}
      </span>
      <span>
        {title}
        <span className="block text-base font-semibold text-slate-700">{label}</span>
      </span>
    </Link>
  )
}
