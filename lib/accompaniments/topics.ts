import type { mediationThemes, ValueOf } from './vocabulary'

type MediationTheme = ValueOf<typeof mediationThemes>

/** The first log's topics (before issue 17), kept to read old records: the catalogue's themes, plus help with a procedure and "other". */
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

const catalogueThemes: Record<string, MediationTheme> = {
  'premiers-pas': 'equipment',
  internet: 'internet',
  'email-messagerie': 'email',
  'demarches-en-ligne': 'procedures',
  'securite-vie-privee': 'safety',
  'sante-en-ligne': 'health',
  'banque-paiements': 'money',
  emploi: 'job',
}

/** The theme an activity in a workshop most likely had: that of the catalogue theme of its first module. */
export function topicOfTheme(slug: string | undefined): MediationTheme {
  return (slug && catalogueThemes[slug]) || 'other'
}
