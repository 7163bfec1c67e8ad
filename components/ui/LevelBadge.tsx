import { getTranslations } from 'next-intl/server'

/** The level as a word and as filled dots: never colour alone. */
export async function LevelBadge({ level }: { level: string }) {
  const t = await getTranslations('levels')
  const n = Number(level)
  return (
    <span className="inline-flex items-center gap-2 rounded-full border border-brand-600 bg-brand-50 px-3 py-0.5 text-sm font-semibold text-brand-900">
      <span aria-hidden="true" className="flex gap-0.5">
        {[0, 1, 2, 3].map((i) => (
          <span
            key={i}
            className={`h-2 w-2 rounded-full border border-brand-700 ${i <= n ? 'bg-brand-700' : 'bg-white'}`}
          />
        ))}
      </span>
      {t('badge', { level, name: t(level as '0' | '1' | '2' | '3') })}
    </span>
  )
}
