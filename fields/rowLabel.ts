import type { AdminText } from '@/lib/payload/adminMessage'

/**
 * The `admin.components.RowLabel` of an array whose rows have a natural name (components/admin/RowLabel.tsx):
 * the row shows `field`'s text, or "`fallback` 2" while it is empty.
 */
export function rowLabel(field: string, fallback: AdminText, detail?: string[]) {
  return {
    RowLabel: {
      path: '/components/admin/RowLabel#TextRowLabel',
      clientProps: { field, fallback, ...(detail ? { detail } : {}) },
    },
  }
}

/** The `admin` of a formation step block: its row named by `field` (components/admin/RowLabel.tsx). */
export function stepRowLabel(field: string, kind: AdminText) {
  return {
    disableBlockName: true,
    components: { Label: { path: '/components/admin/RowLabel#StepRowLabel', clientProps: { field, fallback: kind } } },
  }
}
