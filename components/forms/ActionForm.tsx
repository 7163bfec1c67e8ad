'use client'

import { useActionState, useEffect, useRef } from 'react'

import { Field } from './Field'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { emptyForm, type FieldSpec, type FormLabels, type FormState } from '@/lib/forms/types'

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>
  fields: FieldSpec[]
  submitLabel: string
  labels: FormLabels
  initialValues?: FormState['values']
  /** Errors found before this page was shown (a form elsewhere that redirected here), already translated. */
  initialErrors?: FormState['errors']
  /** A destructive action gets a red button. */
  danger?: boolean
  /** Prefix of the fields' ids, unique per form when a page has several (article: comment and newsletter). */
  idPrefix?: string
}

/**
 * Every member form: the server action validates and answers with errors per field; the form shows them
 * next to the fields, keeps what was typed (passwords excepted), and moves the focus to the summary.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  labels,
  initialValues = {},
  initialErrors,
  danger = false,
  idPrefix = 'f',
}: Props) {
  const [state, formAction, pending] = useActionState(action, {
    ...emptyForm,
    values: initialValues,
    ...(initialErrors ? { errors: initialErrors, status: 'error' as const } : {}),
  })
  const summary = useRef<HTMLDivElement>(null)
  const hasErrors = state.status === 'error'

  useEffect(() => {
    if (state.status) summary.current?.focus()
  }, [state])

  return (
    <form action={formAction} noValidate className="space-y-5">
      <div ref={summary} tabIndex={-1} role={hasErrors ? 'alert' : 'status'} className="outline-none">
        {hasErrors ? (
          <Notice tone="error" className="font-semibold">
            {state.errors.form ?? labels.fixErrors}
          </Notice>
        ) : state.status === 'ok' && state.message ? (
          <Notice tone="success" className="font-semibold">
            {state.message}
          </Notice>
        ) : null}
      </div>
      {fields.map((field, i) => (
        <Field
          key={'name' in field ? field.name : `h${i}`}
          field={field}
          state={state}
          labels={labels}
          idPrefix={idPrefix}
        />
      ))}
      <Button type="submit" disabled={pending} variant={danger ? 'danger' : 'primary'} size="lg">
        {submitLabel}
      </Button>
    </form>
  )
}
