/**
 * The simulator's screens: each is drawn by the app (components/diagnostic/tasks/), never a real site. They stay
 * code (an editor chooses one, words and criteria come from the CMS, docs/adr/0029); this list is the registry
 * the admin's select offers, so a diagnostic can only name a screen that exists. The components' map
 * (components/diagnostic/tasks/index.ts) is typed by it: a screen added here without a component fails to build.
 */
export const screenIds = [
  'tap',
  'doubleClick',
  'scroll',
  'drag',
  'typeName',
  'capitals',
  'atSign',
  'search',
  'link',
  'addressBar',
  'back',
  'findMessage',
  'attachment',
  'reply',
  'form',
  'phishing',
  'unsafeSite',
] as const
export type ScreenId = (typeof screenIds)[number]

export const isScreenId = (value: unknown): value is ScreenId =>
  typeof value === 'string' && (screenIds as readonly string[]).includes(value)

/**
 * The screens whose success an editor may set: the text to type. Compared as each screen compares it (exactly
 * for a capital letter, without case for an address or a word).
 */
export const screensWithExpectedText: readonly ScreenId[] = ['capitals', 'atSign', 'search', 'addressBar', 'reply']

/** The admin's labels of the screens (the editor picks a screen by what it shows). */
export const screenLabels: Record<ScreenId, { fr: string; nl: string }> = {
  tap: { fr: 'Appuyer sur un bouton', nl: 'Op een knop drukken' },
  doubleClick: { fr: 'Ouvrir un dossier (double clic)', nl: 'Een map openen (dubbelklik)' },
  scroll: { fr: 'Faire défiler une liste', nl: 'Door een lijst scrollen' },
  drag: { fr: 'Glisser un document', nl: 'Een document slepen' },
  typeName: { fr: 'Écrire un prénom', nl: 'Een voornaam typen' },
  capitals: { fr: 'Écrire avec une majuscule', nl: 'Met een hoofdletter typen' },
  atSign: { fr: 'Écrire une adresse e-mail', nl: 'Een e-mailadres typen' },
  search: { fr: 'Moteur de recherche', nl: 'Zoekmachine' },
  link: { fr: 'Suivre un lien', nl: 'Een link volgen' },
  addressBar: { fr: 'Barre d’adresse', nl: 'Adresbalk' },
  back: { fr: 'Page précédente', nl: 'Vorige pagina' },
  findMessage: { fr: 'Trouver un e-mail', nl: 'Een e-mail vinden' },
  attachment: { fr: 'Ouvrir une pièce jointe', nl: 'Een bijlage openen' },
  reply: { fr: 'Répondre à un e-mail', nl: 'Een e-mail beantwoorden' },
  form: { fr: 'Remplir un formulaire', nl: 'Een formulier invullen' },
  phishing: { fr: 'Repérer une arnaque', nl: 'Oplichting herkennen' },
  unsafeSite: { fr: 'Reconnaître une adresse sûre', nl: 'Een veilig adres herkennen' },
}
