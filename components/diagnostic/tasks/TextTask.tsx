'use client'

import { type FormEvent, useId } from 'react'

import { simButton, simInput } from './types'

/** A field and a button; `check` decides whether what was typed is right. */
export function TextTask({
  label,
  submit,
  check,
  report,
  type = 'text',
}: {
  label: string
  submit: string
  check: (value: string) => boolean
  report: (success: boolean) => void
  type?: 'text' | 'email'
}) {
  const id = useId()
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    report(check(String(new FormData(event.currentTarget).get('value') ?? '').trim()))
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 py-2">
      <label htmlFor={id} className="text-lg font-semibold">
        {label}
      </label>
      <input id={id} name="value" type={type} autoComplete="off" autoCapitalize="off" className={simInput} />
      <button type="submit" className={`${simButton} self-start`}>
        {submit}
      </button>
    </form>
  )
}
