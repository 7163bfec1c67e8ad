import type { ReactNode } from 'react'

import { Button } from './Button'

type Props = {
  action: string
  id: string
  label: string
  button: string
  q: string
  className?: string
  children?: ReactNode
}

/** A one-field GET search (média, help centre): works without JavaScript, and its URL can be shared. */
export function SearchBox({ action, id, label, button, q, className = '', children }: Props) {
  return (
    <form action={action} method="get" role="search" className={`flex flex-wrap items-end gap-3 ${className}`}>
      {children}
      <div className="flex-1">
        <label htmlFor={id} className="mb-1 block font-semibold">
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          className="min-h-11 w-full rounded-lg border border-slate-400 px-3"
        />
      </div>
      <Button type="submit">{button}</Button>
    </form>
  )
}
