import { randomUUID } from 'node:crypto'

import type { CollectionSlug } from 'payload'

import { faqCategories } from '@/lib/faq/categories'

import { daysFromNow, password, pngFile, richText, serverCreate, type World } from './world'

/**
 * Valid data for one new document of each collection (what an editor would type in /admin, or what our server
 * code stores), and server-side creation of fixture documents from it.
 */
type Data = Record<string, unknown>
type Status = 'draft' | 'published'

export const input = {
  themes: (w: World): Data => ({ title: 'Thème', slug: w.unique(), order: 2 }),
  modules: (w: World, status: Status = 'published'): Data => ({
    _status: status,
    title: 'Module',
    slug: w.unique(),
    summary: 'Résumé',
    themes: [w.refs.theme],
    level: '1',
    durationMinutes: 30,
    objectives: [{ text: 'Savoir faire' }],
  }),
  trames: (w: World, status: Status = 'published'): Data => ({
    _status: status,
    title: 'Trame',
    slug: w.unique(),
    steps: [{ minutes: 30, title: 'Accueil', description: richText('Tour de table.') }],
  }),
  fiches: (w: World, status: Status = 'published'): Data => ({
    _status: status,
    title: 'Fiche',
    slug: w.unique(),
    sections: [{ heading: 'Essentiel', body: richText('Un point.') }],
  }),
  formations: (w: World, status: Status = 'published'): Data => ({
    _status: status,
    title: 'Formation',
    slug: w.unique(),
    steps: [{ blockType: 'content', title: 'Bienvenue', body: richText('On commence.') }],
  }),
  parcours: (w: World, status: Status = 'published'): Data => ({
    _status: status,
    title: 'Parcours',
    slug: w.unique(),
    summary: 'Résumé',
    prerequisiteLevel: '0',
    modules: [w.refs.moduleA, w.refs.moduleB],
  }),
  // A diagnostic of the CMS (issue 16): one domain, one task; published or a draft.
  diagnostics: (_w: World, status: Status = 'published'): Data => ({
    _status: status,
    title: 'Diagnostic',
    kind: 'simulator',
    thresholds: { mastered: 0.75, partial: 0.5 },
    levels: { level0: 'Zéro', level1: 'Un', level2: 'Deux', level3: 'Trois' },
    domains: [
      {
        key: 'device',
        title: 'Appareil',
        tasks: [{ key: 'tap', screen: 'tap', difficulty: 1, instruction: 'Appuyez.', hint: 'Au milieu.' }],
      },
    ],
  }),
  'community-resources': (w: World, moderationStatus = 'approved'): Data => ({
    title: 'Ressource',
    slug: w.unique(),
    description: 'Description',
    url: 'https://example.com',
    theme: w.refs.theme,
    level: '1',
    licence: 'cc-by',
    resourceLanguage: 'fr',
    moderationStatus,
  }),
  media: (): Data => ({ alt: 'Image' }),
  categories: (w: World): Data => ({ name: 'Catégorie', slug: w.unique() }),
  articles: (w: World, status: Status = 'published', publishedAt = daysFromNow(-1)): Data => ({
    _status: status,
    title: 'Article',
    slug: w.unique(),
    excerpt: 'Chapeau',
    content: richText('Texte'),
    cover: w.refs.media,
    author: 'Équipe',
    publishedAt,
  }),
  comments: (w: World, status = 'approved'): Data => ({
    article: w.refs.article,
    name: 'Lectrice',
    email: `${w.unique()}@example.com`,
    body: 'Merci',
    status,
  }),
  faq: (w: World): Data => ({
    question: 'Question ?',
    slug: w.unique(),
    answer: richText('Réponse.'),
    category: faqCategories[0],
  }),
  events: (w: World, status: Status = 'published'): Data => ({
    _status: status,
    title: 'Webinaire',
    slug: w.unique(),
    kind: 'webinar',
    summary: 'Présentation',
    startsAt: daysFromNow(20),
    endsAt: daysFromNow(20.1),
    capacity: 30,
    language: 'fr',
    audience: 'aidants',
  }),
  'event-registrations': (w: World): Data => ({
    event: w.refs.event,
    name: 'Inscrite',
    email: `${w.unique()}@example.com`,
    status: 'confirmed',
  }),
  'newsletter-subscribers': (w: World): Data => ({
    email: `${w.unique()}@example.com`,
    language: 'fr',
    status: 'pending',
  }),
  newsletters: (): Data => ({ subject: 'Lettre', language: 'fr', intro: 'Bonjour' }),
  'newsletter-deliveries': (w: World): Data => ({
    key: w.unique(),
    newsletter: w.refs.newsletter,
    subscriber: w.refs.subscriber,
    status: 'sent',
  }),
  'newsletter-clicks': (w: World): Data => ({
    key: w.unique(),
    newsletter: w.refs.newsletter,
    article: w.refs.article,
    clicks: 1,
  }),
  locks: (w: World): Data => ({
    key: w.unique(),
    owner: 'the server',
    expiresAt: new Date(Date.now() + 60_000).toISOString(),
  }),
  'programme-targets': (): Data => ({
    programme: 'Programme',
    territory: 'all',
    from: daysFromNow(-30),
    to: daysFromNow(300),
    accompaniments: 100,
  }),
  'api-keys': (w: World, structure = w.s1): Data => ({
    name: 'Clé',
    prefix: 'dg_test',
    keyHash: w.unique(),
    scope: 'structure',
    structure,
  }),
  'statistics-links': (w: World, structure = w.s1): Data => ({
    label: 'Lien',
    token: w.unique(),
    scope: 'structure',
    structure,
    query: 'theme=email',
  }),
  synonyms: (w: World): Data => ({ language: 'fr', words: [`mot${w.unique()}`, `autre${w.unique()}`] }),
  /** A report by the fixture aidant (set here as the server would: the hook takes it from the session). */
  reports: (w: World): Data => ({
    target: { relationTo: 'modules', value: w.refs.moduleA },
    reason: 'outdated',
    comment: 'Le lien ne marche plus.',
    reporter: w.actors.aidant.id,
  }),
  /** A temporary password the fixture aidant gave the apprenant, in S1 (written by our server only). */
  'password-grants': (w: World): Data => ({
    learner: w.actors.apprenant.id,
    givenBy: w.actors.aidant.id,
    givenByName: 'Aidant',
    structure: w.s1,
  }),
  'contact-messages': (w: World): Data => ({
    name: 'Visiteuse',
    email: `${w.unique()}@example.com`,
    subject: 'Question',
    message: 'Bonjour',
  }),
  users: (w: World): Data => ({ email: `${w.unique()}@example.com`, password, role: 'editor' }),
  members: (w: World): Data => ({
    name: 'Nouveau',
    email: `${w.unique()}@example.com`,
    password,
    profile: 'aidant',
    locale: 'fr',
  }),
  structures: (w: World): Data => {
    const name = `Structure ${w.unique()}`
    return { name, type: 'association', address: 'Rue 1', postcode: '5000', city: 'Namur', country: 'BE' }
  },
  /** A join request of `member` to `structure`, as the site stores it. */
  request: (member: number, structure: number): Data => ({ kind: 'request', structure, member, status: 'pending' }),
  invitation: (w: World, structure: number): Data => ({
    kind: 'invitation',
    structure,
    email: `${w.unique()}@example.com`,
    profile: 'aidant',
    status: 'pending',
  }),
  workshops: (): Data => ({ title: 'Atelier', date: daysFromNow(0), expiresAt: daysFromNow(7) }),
  accompaniments: (): Data => ({ date: daysFromNow(0), themes: ['email'], minutes: 30 }),
  /** A learner (the apprenant of S1) in the S1 workshop, who agreed to share or not. */
  'workshop-participants': (w: World, shared = true): Data => ({
    workshop: w.refs.workshop,
    structure: w.s1,
    name: 'Léa',
    member: w.actors.apprenant.id,
    shared,
    ...(shared ? { sharedAt: daysFromNow(0) } : {}),
  }),
  progress: (w: World, shared = true): Data => ({
    key: w.unique(),
    member: w.actors.apprenant.id,
    workshop: w.refs.workshop,
    structure: w.s1,
    shared,
    formation: w.refs.formation,
    status: 'in_progress',
  }),
  /** A badge the S1 apprenant earned in the S1 workshop (lib/badges/issue-badges.ts stores it so). */
  badges: (w: World, shared = true): Data => ({
    publicId: randomUUID(),
    key: w.unique(),
    achievement: 'theme-1-level-1',
    kind: 'level',
    level: 1,
    member: w.actors.apprenant.id,
    workshop: w.refs.workshop,
    structure: w.s1,
    shared,
    lang: 'fr',
    issuedAt: daysFromNow(0),
    credential: 'header.payload.signature',
  }),
  'diagnostic-results': (w: World, shared = true): Data => ({
    code: w.unique(),
    submissionId: w.unique(),
    kind: 'simulator',
    locale: 'fr',
    member: w.actors.apprenant.id,
    workshop: w.refs.workshop,
    // As lib/diagnostic/attribution.ts attributes a diagnostic taken in a workshop today: the learner's structure.
    structure: w.s1,
    shared,
    answers: [],
    levels: {},
    overall: 1,
  }),
}

/**
 * Drops the keys a collection has no field for (e.g. `shared` on diagnostic results, before consent is stored
 * there). `password` is not a stored field of auth collections but is part of their input.
 */
export function knownFields(w: World, collection: CollectionSlug, data: Data): Data {
  const fields = new Set(w.payload.collections[collection].config.flattenedFields.map((f) => f.name))
  const input = new Set(['_status', 'password'])
  return Object.fromEntries(Object.entries(data).filter(([key]) => input.has(key) || fields.has(key)))
}

/** Creates a fixture document as the server would (overrideAccess), returning its id. */
export async function make(w: World, collection: CollectionSlug, data: Data): Promise<number> {
  const file = collection === 'media' ? { file: await pngFile(`${w.unique()}.png`) } : {}
  return (await serverCreate(w.payload, collection, knownFields(w, collection, data), file)).id
}
