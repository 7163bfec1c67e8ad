import type { CollectionConfig, Config, Field, Plugin } from 'payload'

function hasLocalizedField(fields: Field[]): boolean {
  return fields.some((field) => {
    if ('localized' in field && field.localized) return true
    if ('fields' in field && Array.isArray(field.fields) && hasLocalizedField(field.fields)) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => hasLocalizedField(tab.fields))
    if (field.type === 'blocks') return field.blocks.some((block) => hasLocalizedField(block.fields))
    return false
  })
}

/** A form-only field (no data) at the top of the form: the content-language banner. */
const banner: Field = {
  name: 'contentLanguage',
  type: 'ui',
  admin: {
    components: { Field: '/components/admin/ContentLanguage#ContentLanguageBanner' },
    disableListColumn: true,
  },
}

function withBanner(collection: CollectionConfig): CollectionConfig {
  if (!hasLocalizedField(collection.fields)) return collection
  return { ...collection, fields: [banner, ...collection.fields] }
}

/**
 * Every collection with a localized field shows the language of the content being edited at the top of its
 * form (components/admin/ContentLanguage.tsx). A plugin, so a collection added later gets it too.
 */
export const contentLanguageBanner: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(withBanner),
})
