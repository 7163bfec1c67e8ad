import dynamic from 'next/dynamic'

import { Honeypot } from './Honeypot'
import { FieldError } from '@/components/ui/FieldError'
import type { FieldSpec, FormLabels, FormState } from '@/lib/forms/types'

const PinPicker = dynamic(() => import('@/components/map/PinPicker'), { ssr: false })

const inputClass =
  'mt-1 block w-full min-h-12 rounded-lg border-2 border-slate-500 px-3 text-lg focus:border-brand-700 aria-[invalid=true]:border-red-700'

function Label({
  htmlFor,
  text,
  required,
  labels,
}: {
  htmlFor: string
  text: string
  required?: boolean
  labels: FormLabels
}) {
  return (
    <label htmlFor={htmlFor} className="block text-lg font-semibold">
      {text}{' '}
      <span className="text-base font-normal text-slate-600">({required ? labels.required : labels.optional})</span>
    </label>
  )
}

function Help({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <FieldError id={`${id}-error`} className="mt-1">
          {error}
        </FieldError>
      ) : null}
    </>
  )
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined

/** One field of an ActionForm, with its label, hint and error tied to it for screen readers. */
export function Field({
  field,
  state,
  labels,
  idPrefix = 'f',
}: {
  field: FieldSpec
  state: FormState
  labels: FormLabels
  idPrefix?: string
}) {
  if (field.kind === 'heading') return <h2 className="pt-4 text-xl font-bold">{field.label}</h2>
  if (field.kind === 'details') {
    const names = field.fields.flatMap((f) => ('name' in f ? [f.name] : []))
    const open = names.some((n) => state.errors[n])
    return (
      <details open={open || undefined} className="rounded-lg border-2 border-slate-300 p-3">
        <summary className="flex min-h-11 cursor-pointer items-center text-lg font-semibold text-brand-700">
          {field.label}
        </summary>
        <div className="mt-3 space-y-5">
          {field.fields.map((f, i) => (
            <Field key={'name' in f ? f.name : `d${i}`} field={f} state={state} labels={labels} idPrefix={idPrefix} />
          ))}
        </div>
      </details>
    )
  }
  if (field.kind === 'hidden') return <input type="hidden" name={field.name} value={field.value} />
  if (field.kind === 'pin') return <PinPicker {...field} />
  if (field.kind === 'honeypot') return <Honeypot name={field.name} label={field.label} />

  const id = `${idPrefix}-${field.name.replace(/\W/g, '-')}`
  const error = state.errors[field.name]
  const value = state.values[field.name]
  const text = typeof value === 'string' ? value : ''
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
  // The form is re-rendered with the server's values after each submission: a key change resets the inputs.
  const key = JSON.stringify(value ?? '')

  if (field.kind === 'checkbox') {
    return (
      <div>
        <label className="flex min-h-11 items-center gap-3 text-lg">
          <input
            type="checkbox"
            name={field.name}
            value="on"
            defaultChecked={text === 'on'}
            key={key}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, undefined, error)}
            className="h-6 w-6"
          />
          {field.label}
        </label>
        <Help id={id} error={error} />
      </div>
    )
  }

  if (field.kind === 'radios' || field.kind === 'checkboxes') {
    return (
      <fieldset aria-describedby={describedBy(id, field.hint, error)}>
        <legend className="text-lg font-semibold">
          {field.label}{' '}
          <span className="text-base font-normal text-slate-600">
            ({field.required ? labels.required : labels.optional})
          </span>
        </legend>
        <Help id={id} hint={field.hint} />
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {field.options.map((option) => (
            <label key={option.value} className="flex min-h-11 items-center gap-3">
              <input
                type={field.kind === 'radios' ? 'radio' : 'checkbox'}
                name={field.name}
                value={option.value}
                defaultChecked={list.includes(option.value)}
                key={key}
                className="h-5 w-5"
              />
              {option.label}
            </label>
          ))}
        </div>
        <Help id={id} error={error} />
      </fieldset>
    )
  }

  if (field.kind === 'hours') {
    return (
      <fieldset aria-describedby={field.hint ? `${id}-hint` : undefined}>
        <legend className="text-lg font-semibold">{field.label}</legend>
        <Help id={id} hint={field.hint} />
        <div className="mt-2 space-y-2">
          {field.days.map((day) => {
            const name = `${field.name}.${day.value}`
            const dayError = state.errors[name]
            return (
              <div key={day.value} className="flex flex-wrap items-end gap-3">
                <span className="w-28 font-medium">{day.label}</span>
                {(['opens', 'closes'] as const).map((part) => (
                  <label key={part} className="text-sm">
                    {part === 'opens' ? field.opensLabel : field.closesLabel}
                    <span className="sr-only"> {day.label}</span>
                    <input
                      type="time"
                      name={`${name}.${part}`}
                      defaultValue={String(state.values[`${name}.${part}`] ?? '')}
                      key={String(state.values[`${name}.${part}`] ?? '')}
                      aria-invalid={dayError ? true : undefined}
                      aria-describedby={dayError ? `${id}-${day.value}-error` : undefined}
                      className="block min-h-11 rounded-lg border-2 border-slate-500 px-2"
                    />
                  </label>
                ))}
                {dayError ? (
                  <FieldError id={`${id}-${day.value}-error`} className="w-full">
                    {dayError}
                  </FieldError>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    )
  }

  const common = {
    id,
    name: field.name,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, field.hint, error),
    className: inputClass,
  }

  function control(f: Extract<FieldSpec, { kind: 'input' | 'textarea' | 'select' | 'file' }>) {
    if (f.kind === 'file') return <input {...common} type="file" accept={f.accept} className={`${inputClass} py-2`} />
    if (f.kind === 'textarea')
      return <textarea {...common} rows={4} defaultValue={text} key={key} className={`${inputClass} py-2`} />
    if (f.kind === 'select') {
      return (
        <select {...common} defaultValue={text} key={key}>
          <option value="" />
          {f.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )
    }
    // A password is never sent back to the browser: the field starts empty again.
    if (f.type === 'password') return <input {...common} type="password" autoComplete={f.autoComplete} />
    return (
      <input
        {...common}
        type={f.type ?? 'text'}
        autoComplete={f.autoComplete}
        inputMode={f.inputMode}
        defaultValue={text}
        key={key}
      />
    )
  }

  return (
    <div>
      <Label htmlFor={id} text={field.label} required={field.required} labels={labels} />
      {control(field)}
      <Help id={id} hint={field.hint} error={error} />
    </div>
  )
}
