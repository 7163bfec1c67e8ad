'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

import type { AdminText } from '@/lib/payload/adminMessage'

type Props = {
  /** The row's own field that names it (an answer's text, a step's title). */
  field: string
  /** What the row is, for a row whose naming field is still empty: "Réponse 2". */
  fallback: AdminText
  /** A second field shown after the first (an opening hour's times), when given. */
  detail?: string[]
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
}

/**
 * An array row named by its content ("Oui, bien sûr") instead of Payload's "une réponse 01", so an editor finds a
 * row without opening each one; an empty row is "Réponse 2" in the admin language.
 */
export function TextRowLabel({ field, fallback, detail = [] }: Props) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const name = textOf(data?.[field])
  const details = detail.map((key) => textOf(data?.[key])).filter(Boolean)
  const position = (rowNumber ?? 0) + 1
  const fallbackText = `${i18n.language === 'nl' ? fallback.nl : fallback.fr} ${position}`
  const label = name ? [name, ...details].join('–') : fallbackText
  return <span className="row-label-text">{label.length > 80 ? `${label.slice(0, 79)}…` : label}</span>
}

/**
 * A formation step's row: its number, its kind and its own question or title ("02 Question à choix : Prêt ?"),
 * in place of Payload's number, kind and an untitled "block name" box editors never used.
 */
export function StepRowLabel({ field, fallback }: Omit<Props, 'detail'>) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const kind = i18n.language === 'nl' ? fallback.nl : fallback.fr
  const text = textOf(data?.[field])
  const separator = i18n.language === 'nl' ? ':' : '\u00a0:'
  return (
    <span className="row-label-text">
      {String((rowNumber ?? 0) + 1).padStart(2, '0')} {kind}
      {text ? `${separator} ${text.length > 70 ? `${text.slice(0, 69)}…` : text}` : ''}
    </span>
  )
}
