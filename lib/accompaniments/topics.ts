/** What an accompaniment was about: the catalogue's themes, plus help with a procedure and "other". */
export const accompanimentTopics = [
  { value: 'device', label: { fr: 'Utiliser son appareil', nl: 'Het toestel gebruiken' } },
  { value: 'internet', label: { fr: 'Internet', nl: 'Internet' } },
  { value: 'email', label: { fr: 'E-mail et messagerie', nl: 'E-mail en berichten' } },
  { value: 'procedure', label: { fr: 'Démarche en ligne', nl: 'Online aanvraag' } },
  { value: 'safety', label: { fr: 'Sécurité et vie privée', nl: 'Veiligheid en privacy' } },
  { value: 'health', label: { fr: 'Santé en ligne', nl: 'Gezondheid online' } },
  { value: 'money', label: { fr: 'Banque et paiements', nl: 'Bank en betalingen' } },
  { value: 'job', label: { fr: 'Emploi', nl: 'Werk' } },
  { value: 'other', label: { fr: 'Autre', nl: 'Andere' } },
] as const

export type AccompanimentTopic = (typeof accompanimentTopics)[number]['value']

const themeTopics: Record<string, AccompanimentTopic> = {
  'premiers-pas': 'device',
  internet: 'internet',
  'email-messagerie': 'email',
  'demarches-en-ligne': 'procedure',
  'securite-vie-privee': 'safety',
  'sante-en-ligne': 'health',
  'banque-paiements': 'money',
  emploi: 'job',
}

/** The topic an accompaniment in a workshop most likely had: that of the theme of its first module. */
export function topicOfTheme(slug: string | undefined): AccompanimentTopic {
  return (slug && themeTopics[slug]) || 'other'
}
