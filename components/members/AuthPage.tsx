import type { ReactNode } from 'react'

import { PageHeading } from '@/components/ui/PageHeading'

/** The frame of the sign-in, sign-up and password pages: one narrow column, a title, an intro. */
export function AuthPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <PageHeading>{title}</PageHeading>
      {intro ? <div className="mt-2 text-lg text-slate-700">{intro}</div> : null}
      <div className="mt-6">{children}</div>
    </div>
  )
}
