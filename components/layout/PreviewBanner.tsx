import { getTranslations } from 'next-intl/server'
import NextLink from 'next/link'

export async function PreviewBanner() {
  const t = await getTranslations('layout')
  return (
    <div role="status" className="bg-accent-500 px-4 py-2 text-center font-semibold text-slate-900 print:hidden">
      {t('previewBanner')}{' '}
      <NextLink href="/api/exit-preview" prefetch={false} className="underline">
        {t('exitPreview')}
      </NextLink>
    </div>
  )
}
