import { getTranslations } from 'next-intl/server'

import { buttonClass } from '@/components/ui/buttonClass'

/** Share links that work without any third-party script: plain URLs of each service, and e-mail. */
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations('media')
  const u = encodeURIComponent(url)
  const links = [
    ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['WhatsApp', `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`],
    [t('shareEmail'), `mailto:?subject=${encodeURIComponent(title)}&body=${u}`],
  ] as const
  return (
    <nav aria-label={t('share')} className="mt-8">
      <p className="font-bold">{t('share')}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {links.map(([name, href]) => (
          <li key={name}>
            <a href={href} rel="noopener noreferrer" className={buttonClass({ variant: 'secondary' })}>
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
