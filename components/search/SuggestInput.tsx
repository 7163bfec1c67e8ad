'use client'

import { useEffect, useId, useRef, useState } from 'react'

type Suggestion = { title: string; href: string; kind: string }

type Props = {
  id: string
  name: string
  defaultValue: string
  locale: string
  /** The suggestion list's accessible name and the kind labels, already translated. */
  listLabel: string
  kindLabels: Record<string, string>
  className?: string
}

/**
 * The search field, with the titles that match what is being typed (an ARIA 1.2 combobox: arrows move in the
 * list, Enter opens the chosen page, Escape closes it). Without JavaScript it is a plain field of a GET form.
 * The list comes from /api/search/suggest, a few hundred bytes, asked at most every 200 ms.
 */
export function SuggestInput({ id, name, defaultValue, locale, listLabel, kindLabels, className }: Props) {
  const listId = useId()
  const [value, setValue] = useState(defaultValue)
  const [items, setItems] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useRef(false)

  useEffect(() => {
    if (!typed.current || value.trim().length < 2) return setItems([])
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: value, locale })
        const response = await fetch(`/api/search/suggest?${params}`, { signal: controller.signal })
        if (!response.ok) return
        const { suggestions } = (await response.json()) as { suggestions: Suggestion[] }
        setItems(suggestions)
        setActive(-1)
        setOpen(suggestions.length > 0)
      } catch {
        // Offline or aborted: the form still works.
      }
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value, locale])

  const expanded = open && items.length > 0
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (!expanded) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      // Cycles through the options and back to the field (-1).
      setActive((current) => ((current + 1 + step + items.length + 1) % (items.length + 1)) - 1)
    } else if (event.key === 'Escape') {
      setOpen(false)
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault()
      window.location.assign(items[active]!.href)
    }
  }

  return (
    <div className="relative">
      <input
        id={id}
        name={name}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        maxLength={100}
        value={value}
        onChange={(event) => {
          typed.current = true
          setValue(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className={className}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
        hidden={!expanded}
        className="absolute z-20 mt-1 w-full overflow-hidden rounded-lg border border-slate-300 bg-white shadow-lg"
      >
        {items.map((item, i) => (
          <li
            key={item.href}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the field's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault()
              window.location.assign(item.href)
            }}
            className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-2 hover:bg-brand-50 ${
              i === active ? 'bg-brand-50' : ''
            }`}
          >
            <span className="font-medium text-slate-900">{item.title}</span>
            <span className="text-sm text-slate-600">{kindLabels[item.kind] ?? item.kind}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
