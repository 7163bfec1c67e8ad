import { getTranslations } from 'next-intl/server'

import type { CardView } from '@/lib/workshops/cardView'

/**
 * A "carte de progression": a quarter of an A4 sheet (105 × 148 mm, A6) with dashed edges to cut along.
 * First name, two plain steps, the code in large groups and a QR code that fills the code in.
 */
export async function ProgressCard({ card }: { card: CardView }) {
  const t = await getTranslations('progressCard')
  return (
    <article
      aria-label={t('cardOf', { name: card.name })}
      className="flex w-full max-w-[105mm] flex-col gap-2 rounded-xl border-2 border-dashed border-slate-500 bg-white p-4 text-slate-900 print:h-[148mm] print:w-[105mm] print:max-w-none print:break-inside-avoid print:rounded-none print:border print:p-[8mm]"
    >
      <p className="text-lg font-bold text-brand-900">{t('cardTitle')}</p>
      <p className="text-2xl font-extrabold" data-testid="card-name">
        {card.name}
      </p>
      <p className="text-lg">
        {t('step1')} <span className="font-mono font-bold break-all">{card.address}</span>
      </p>
      <p className="text-lg">{t('step2')}</p>
      <p className="font-mono text-3xl font-extrabold tracking-wider" data-testid="personal-code">
        {card.code}
      </p>
      <div className="mt-auto flex items-end gap-3">
        {/* Generated on our server from our own URL: safe to inline. */}
        <div
          className="w-28 shrink-0 print:w-[32mm]"
          role="img"
          aria-label={t('qrAlt')}
          dangerouslySetInnerHTML={{ __html: card.qr }}
        />
        <p className="text-base">{t('keep')}</p>
      </div>
    </article>
  )
}
