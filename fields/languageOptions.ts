/** The two languages of the site as select options, named in the editor's admin language. */
export const languageOptions = [
  { value: 'fr', label: { fr: 'Français', nl: 'Frans' } },
  { value: 'nl', label: { fr: 'Néerlandais', nl: 'Nederlands' } },
]

/** The label of a field that records which language something was written in. */
export const languageLabel = { fr: 'Langue', nl: 'Taal' }
