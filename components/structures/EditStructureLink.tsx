'use client'

import { useEffect, useState } from 'react'

import { parseHint, readHint } from '@/components/layout/memberHint'
import { buttonClass } from '@/components/ui/buttonClass'

/** Only signed-in aidants can be référents: the others never ask. */
const signedInAidant = () => parseHint(readHint())?.p === 'aidant'

/**
 * "Edit" for the structure's référent, on a page served from the cache to everyone: the browser asks who the
 * member is référent of, and only signed-in aidants ask. The edit page checks the role itself.
 */
export function EditStructureLink({ structureId, href, label }: { structureId: number; href: string; label: string }) {
  const [referent, setReferent] = useState(false)
  useEffect(() => {
    if (!signedInAidant()) return
    const controller = new AbortController()
    fetch('/api/account/referent-of', { signal: controller.signal, credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<{ structure: number | null }>) : null))
      .then((body) => setReferent(body?.structure === structureId))
      .catch(() => undefined)
    return () => controller.abort()
  }, [structureId])
  return referent ? (
    // A plain link: our Link (next-intl) is a server component; the page passes the localized href.
    <a href={href} className={buttonClass({ variant: 'secondary', className: 'mt-4' })}>
      {label}
    </a>
  ) : null
}
