import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { adminDateFormat } from '@/lib/time/adminDate'

const Cell = '/components/admin/DateCell#BrusselsDateCell'

type DateField = Extract<Field, { type: 'date' }>

function withCell(field: DateField): DateField {
  const components = field.admin?.components ?? {}
  if (components.Cell) return field
  return { ...field, admin: { ...field.admin, components: { ...components, Cell } } }
}

// Payload's own timestamps, as it would add them (payload/dist/collections/config/sanitize.js), plus our cell:
// the same name, type and index, so the database does not change.
const timestamp = (name: 'createdAt' | 'updatedAt', key: 'general:createdAt' | 'general:updatedAt'): DateField => ({
  name,
  type: 'date',
  index: true,
  label: ({ t }) => t(key),
  admin: { disableBulkEdit: true, hidden: true, components: { Cell } },
})

function collectionWithBrusselsDates(collection: CollectionConfig): CollectionConfig {
  const fields = collection.fields.map((field) => (field.type === 'date' ? withCell(field) : field))
  const names = new Set(fields.map((field) => ('name' in field ? field.name : undefined)))
  if (collection.timestamps !== false) {
    if (!names.has('updatedAt')) fields.push(timestamp('updatedAt', 'general:updatedAt'))
    if (!names.has('createdAt')) fields.push(timestamp('createdAt', 'general:createdAt'))
  }
  return { ...collection, fields }
}

/**
 * Dates in the admin on a 24-hour clock (`admin.dateFormat`, used by Payload's own document header and date
 * pickers, in the device's zone), and every date column of every list in Brussels time whatever the zone of the
 * server or the device (components/admin/DateCell.tsx). A plugin, so a collection added later gets it too.
 */
export const brusselsAdminDates: Plugin = (config: Config): Config => ({
  ...config,
  admin: { ...config.admin, dateFormat: adminDateFormat },
  collections: config.collections?.map(collectionWithBrusselsDates),
})
