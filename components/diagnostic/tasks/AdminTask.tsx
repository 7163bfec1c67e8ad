'use client'

import { usePlayerT } from '@/components/formation/messages'
import { type FormEvent, useState } from 'react'

import { simButton, simInput, type TaskProps } from './types'
import { FieldError } from '@/components/ui/FieldError'

type Errors = Partial<Record<'name' | 'postcode' | 'email' | 'consent', string>>

/** A municipal form that shows its validation errors, as real ones do; what was typed stays. */
export function FormTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.form')
  const [errors, setErrors] = useState<Errors>({})
  const [sent, setSent] = useState(false)

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const value = (name: string) => String(data.get(name) ?? '').trim()
    const next: Errors = {}
    if (!value('name')) next.name = t('errorRequired')
    if (!/^\d{4}$/.test(value('postcode'))) next.postcode = value('postcode') ? t('errorPostcode') : t('errorRequired')
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value('email')))
      next.email = value('email') ? t('errorEmail') : t('errorRequired')
    if (data.get('consent') !== 'on') next.consent = t('errorConsent')
    setErrors(next)
    const ok = Object.keys(next).length === 0
    if (ok) setSent(true)
    report(ok)
  }

  if (sent) return <p className="py-6 text-xl font-semibold">{t('sent')}</p>
  const field = (name: 'name' | 'postcode' | 'email', inputMode?: 'numeric' | 'email') => (
    <div>
      <label htmlFor={`sim-${name}`} className="block text-lg font-semibold">
        {t(name)}
      </label>
      <input
        id={`sim-${name}`}
        name={name}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `sim-${name}-error` : undefined}
        className={simInput}
      />
      {errors[name] ? <FieldError id={`sim-${name}-error`}>{errors[name]}</FieldError> : null}
    </div>
  )
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <h3 className="text-xl font-bold">{t('title')}</h3>
      {field('name')}
      {field('postcode', 'numeric')}
      {field('email', 'email')}
      <div>
        <label className="flex min-h-11 items-center gap-3 text-lg">
          <input
            type="checkbox"
            name="consent"
            className="h-6 w-6"
            aria-describedby={errors.consent ? 'sim-consent-error' : undefined}
          />
          {t('consent')}
        </label>
        {errors.consent ? <FieldError id="sim-consent-error">{errors.consent}</FieldError> : null}
      </div>
      <button type="submit" className={simButton}>
        {t('submit')}
      </button>
    </form>
  )
}
