'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatAdminDate } from '@/lib/time/adminDate'

/**
 * A date column of an admin list in Brussels time on a 24-hour clock (lib/time/adminDate.ts): Payload's own cell
 * reads the date in the zone of whatever renders it (the server's UTC first, then the device's).
 */
export function BrusselsDateCell({ cellData, field }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const appearance = (field as { admin?: { date?: { pickerAppearance?: string } } }).admin?.date?.pickerAppearance
  const text = formatAdminDate(cellData, i18n.language, appearance === 'dayOnly')
  return text ? <time dateTime={new Date(cellData as string).toISOString()}>{text}</time> : null
}
