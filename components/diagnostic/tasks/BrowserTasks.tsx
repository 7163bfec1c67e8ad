'use client'

import { usePlayerT } from '@/components/formation/messages'
import { type FormEvent, useState } from 'react'

import { TextTask } from './TextTask'
import { simButton, simInput, type TaskProps } from './types'

function Toolbar({ address, onBack }: { address: string; onBack?: () => void }) {
  const t = usePlayerT('diagnostic.tasks.back')
  return (
    <div className="mb-3 flex items-center gap-2 rounded-lg bg-slate-100 p-2">
      <button type="button" aria-label={t('backButton')} className={`${simButton} px-3`} onClick={onBack}>
        ←
      </button>
      <span className="grow truncate rounded bg-white px-2 py-1 text-slate-700">{address}</span>
    </div>
  )
}

export function LinkTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.link')
  const links = ['news', 'hours', 'contact'] as const
  return (
    <div>
      <Toolbar address="www.bibliotheque.example" />
      <h3 className="text-xl font-bold">{t('site')}</h3>
      <p className="my-2">{t('welcome')}</p>
      <ul className="flex flex-wrap gap-4 text-lg">
        {links.map((key) => (
          <li key={key}>
            <a
              href="#"
              className="inline-flex min-h-11 items-center text-blue-800 underline"
              onClick={(e) => {
                e.preventDefault()
                report(key === 'hours')
              }}
            >
              {t(`links.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function SearchTask({ report, expected }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.search')
  const [query, setQuery] = useState('')
  const normalize = (v: string) =>
    v
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
  return (
    <div>
      <TextTask
        label={t('label')}
        submit={t('submit')}
        check={(v) => {
          setQuery(v)
          return normalize(v).includes(normalize(expected ?? t('expected')))
        }}
        report={report}
      />
      {query ? <p className="mt-2 text-slate-700">{t('results', { q: query })}</p> : null}
    </div>
  )
}

export function BackTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.back')
  return (
    <div>
      <div className="mb-3 flex items-center gap-2 rounded-lg bg-slate-100 p-2">
        <button type="button" aria-label={t('backButton')} className={`${simButton} px-3`} onClick={() => report(true)}>
          ←
        </button>
        <button
          type="button"
          aria-label={t('forwardButton')}
          className={`${simButton} px-3`}
          onClick={() => report(false)}
        >
          →
        </button>
        <button type="button" aria-label={t('reload')} className={`${simButton} px-3`} onClick={() => report(false)}>
          ⟳
        </button>
        <span className="grow truncate rounded bg-white px-2 py-1 text-slate-700">www.recettes.example/soupe</span>
      </div>
      <h3 className="text-xl font-bold">{t('page')}</h3>
      <p>{t('pageText')}</p>
    </div>
  )
}

export function AddressBarTask({ report, expected }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.addressBar')
  const [arrived, setArrived] = useState(false)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = String(new FormData(event.currentTarget).get('address') ?? '')
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '')
    const ok = value === (expected ?? t('expected'))
    if (ok) setArrived(true)
    report(ok)
  }
  return (
    <div>
      <form onSubmit={onSubmit} className="mb-3 flex items-center gap-2 rounded-lg bg-slate-100 p-2">
        <label className="sr-only" htmlFor="sim-address">
          {t('label')}
        </label>
        <input
          id="sim-address"
          name="address"
          className={simInput}
          autoComplete="off"
          autoCapitalize="off"
          inputMode="url"
        />
        <button type="submit" className={simButton}>
          {t('go')}
        </button>
      </form>
      {arrived ? <p className="text-xl font-semibold">{t('arrived')}</p> : null}
    </div>
  )
}
