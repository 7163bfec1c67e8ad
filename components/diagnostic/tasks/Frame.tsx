import type { ReactNode } from 'react'

/** The frame of a simulated screen: clearly an imitation, drawn by the app, never a real site. */
export function Frame({ label, title, children }: { label: string; title?: string; children: ReactNode }) {
  return (
    <section aria-label={label} className="overflow-hidden rounded-xl border-4 border-slate-700 bg-white">
      <div className="flex items-center gap-2 bg-slate-700 px-3 py-1 text-sm text-white">
        <span aria-hidden="true">● ● ●</span>
        <span>{title ?? label}</span>
      </div>
      <div className="p-3 sm:p-4">{children}</div>
    </section>
  )
}
