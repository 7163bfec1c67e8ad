import { randomUUID } from 'node:crypto'

import type { CollectionSlug } from 'payload'

import { input, make } from './factories'
import {
  aidantsWithStructure,
  type Actor,
  daysFromNow,
  everyone,
  members,
  type Role,
  signedIn,
  staff,
  type World,
} from './world'

/**
 * THE access matrix of issue 13, written from the shared security policy (not from the code): for every
 * collection of payload.config.ts, who may read a representative document, create, update, delete, read
 * versions; and, for every field that carries ownership or trust, what happens when a member who may write
 * the document tries to set it. tests/int/access-matrix.test.ts generates one test per cell.
 */

type Data = Record<string, unknown>
/** The document an operation targets; `actor` replaces the role's fixture member (a member acting on themself). */
export type Target = number | { id: number; actor: Actor }

export type ReadRow = { label: string; doc: (w: World) => Promise<number>; allowed: readonly Role[] }
export type CreateRow = {
  label: string
  data: (w: World, role: Role) => Data
  allowed: readonly Role[]
}
export type ChangeRow = {
  label: string
  doc: (w: World, role: Role) => Promise<Target>
  allowed: readonly Role[]
  /** The target depends on the role (a member acting on their own account): never shared between roles. */
  perRole?: boolean
}
/**
 * Updates of a row share one target document unless `perRole`: a role wrongly allowed shows as 'allowed' all
 * the same, and fixtures stay few.
 */
export type UpdateRow = ChangeRow & { data: (w: World) => Data }

/**
 * A member who may write the document tries to set a trust field. The policy says such values are "overwritten
 * or refused": either the operation fails with 400/403, or what is stored is the server's value (`ok`).
 */
export type TrustRow = {
  field: string
  op: 'create' | 'update'
  who: string
  actor: (w: World) => Promise<Actor> | Actor
  /** create: the legitimate data around the tampered field. */
  base?: (w: World, actor: Actor) => Data
  /** update: the document the actor legitimately updates. */
  doc?: (w: World, actor: Actor) => Promise<number>
  value: (w: World, actor: Actor) => unknown
  /** Whether the stored value is acceptable. Default: on create, not the client's value; on update, unchanged. */
  ok?: (stored: unknown, c: { w: World; actor: Actor; value: unknown; before: unknown }) => boolean
  /** For values that are not stored as such (a password): did the client's value take effect? */
  taken?: (w: World, id: number, value: unknown, actor: Actor) => Promise<boolean>
  /** Hidden fields (tokenHash, reset token) are read back with showHiddenFields. */
  hidden?: boolean
}

/** A create by someone outside the seven roles (an aidant who belongs to no structure yet). */
export type CreateByRow = {
  label: string
  who: string
  actor: (w: World) => Promise<Actor>
  data: (w: World) => Data
  allowed: boolean
}

export type CollectionSpec = {
  collection: CollectionSlug
  read: ReadRow[]
  create: CreateRow[]
  createBy?: CreateByRow[]
  update: UpdateRow[]
  delete: ChangeRow[]
  /** Versioned collections only: the versions of a draft document. */
  readVersions?: { doc: (w: World) => Promise<number>; allowed: readonly Role[] }
  trust?: TrustRow[]
}

const nobody = [] as const satisfies readonly Role[]
const admin = ['admin'] as const satisfies readonly Role[]
/** Consent: the learner themself, the aidants of the workshop's structure (S1) because they agreed, and staff. */
const sharedLearnerData = ['apprenant', 'aidant', 'referent', ...staff] as const satisfies readonly Role[]
const ownLearnerData = ['apprenant', ...staff] as const satisfies readonly Role[]

const isMemberRole = (role: Role): role is (typeof members)[number] => (members as readonly Role[]).includes(role)
const memberId = (a: Actor) => (a.collection === 'members' ? a.id : null)
const ninetyDaysAhead = () => Date.now() + 91 * 86_400_000

/** Content: staff write; the public (or members) read what is published, approved or due. */
function content(
  collection: keyof typeof input & CollectionSlug,
  read: ReadRow[],
  change: (w: World) => Data,
  versionsOf?: (w: World) => Promise<number>,
): CollectionSpec {
  const fresh = (w: World) => make(w, collection, (input[collection] as (w: World) => Data)(w))
  return {
    collection,
    read,
    create: [{ label: 'a new document', data: (w) => (input[collection] as (w: World) => Data)(w), allowed: staff }],
    update: [{ label: 'a document', doc: fresh, data: change, allowed: staff }],
    delete: [{ label: 'a document', doc: fresh, allowed: staff }],
    ...(versionsOf ? { readVersions: { doc: versionsOf, allowed: staff } } : {}),
  }
}

/** Server-written or private collections: staff only through the API, for every operation. */
function staffOnly(collection: keyof typeof input & CollectionSlug, change: (w: World) => Data): CollectionSpec {
  const fresh = (w: World) => make(w, collection, (input[collection] as (w: World) => Data)(w))
  return {
    collection,
    read: [{ label: 'a document', doc: fresh, allowed: staff }],
    create: [{ label: 'a new document', data: (w) => (input[collection] as (w: World) => Data)(w), allowed: staff }],
    update: [{ label: 'a document', doc: fresh, data: change, allowed: staff }],
    delete: [{ label: 'a document', doc: fresh, allowed: staff }],
  }
}

/**
 * Counters written only by the newsletter code (sending, click redirect): nobody creates or edits them through
 * the API, not even staff (a stricter reading of "staff only" that the policy allows); staff read and prune.
 */
function serverCounters(collection: 'newsletter-deliveries' | 'newsletter-clicks', change: Data): CollectionSpec {
  const spec = staffOnly(collection, () => change)
  return {
    ...spec,
    create: spec.create.map((row) => ({ ...row, allowed: nobody })),
    update: spec.update.map((row) => ({ ...row, allowed: nobody })),
  }
}

/** Leases (lib/concurrency/lease.ts): server code alone reads and writes them; nobody through the API. */
function serverOnly(collection: 'locks' | 'password-grants'): CollectionSpec {
  const spec = staffOnly(collection, () => ({ owner: 'someone else' }))
  const none = <T extends { allowed: readonly Role[] }>(rows: T[]) => rows.map((row) => ({ ...row, allowed: nobody }))
  return {
    ...spec,
    read: none(spec.read),
    create: none(spec.create),
    update: none(spec.update),
    delete: none(spec.delete),
  }
}

/**
 * API keys and public statistics links (issue 17): made and revoked by our server for a référent (their
 * structure) or staff; the référent of the structure and staff read them; staff alone edit them in /admin
 * (to revoke); nobody creates or deletes one through the API.
 */
function structureSecret(collection: 'api-keys' | 'statistics-links', change: (w: World) => Data): CollectionSpec {
  const of = (structure: 's1' | 's2') => (w: World) => make(w, collection, input[collection](w, w[structure]))
  return {
    collection,
    read: [
      { label: 'of S1', doc: of('s1'), allowed: ['referent', ...staff] },
      { label: 'of S2', doc: of('s2'), allowed: ['otherReferent', ...staff] },
    ],
    create: [{ label: 'a new one', data: (w) => input[collection](w), allowed: nobody }],
    update: [{ label: 'one of S1', doc: of('s1'), data: change, allowed: staff }],
    delete: [{ label: 'one of S1', doc: of('s1'), allowed: nobody }],
  }
}

/** Learner data written by the server only; aidants of the structure read it only with the learner's consent. */
function learnerData(collection: 'workshop-participants' | 'progress' | 'diagnostic-results'): CollectionSpec {
  const withConsent = (w: World) => make(w, collection, input[collection](w, true))
  const withoutConsent = (w: World) => make(w, collection, input[collection](w, false))
  return {
    collection,
    read: [
      { label: 'of the S1 apprenant, shared', doc: withConsent, allowed: sharedLearnerData },
      { label: 'of the S1 apprenant, not shared', doc: withoutConsent, allowed: ownLearnerData },
    ],
    create: [{ label: 'a record', data: (w) => input[collection](w, true), allowed: staff }],
    update: [{ label: 'a shared record', doc: withConsent, data: () => ({ shared: false }), allowed: staff }],
    delete: [{ label: 'a shared record', doc: withConsent, allowed: staff }],
  }
}

// --- Fixture documents of the structure-work collections -------------------------------------------------

const workshopOf = (w: World, aidant: number, structure: number) =>
  make(w, 'workshops', { ...input.workshops(), aidant, structure })
const accompanimentOf = (w: World, aidant: number, structure: number) =>
  make(w, 'accompaniments', { ...input.accompaniments(), aidant, structure })
/** A pending join request of an aidant without structure to `structure`. */
const requestTo = async (w: World, structure: number) =>
  make(w, 'memberships', input.request((await w.loner()).id, structure))
/** A structure of its own, with its own référent (made once): its trust rows never disturb S1. */
const ownStructure = (w: World) =>
  w.once('own structure référent', async () => {
    const structure = await make(w, 'structures', input.structures(w))
    return w.cloneOf('referent', { structure })
  })
const structureOf = (a: Actor) =>
  a.collection === 'members' ? (typeof a.structure === 'object' ? a.structure?.id : a.structure) : null

export const table: CollectionSpec[] = [
  // --- Catalogue ------------------------------------------------------------------------------------------
  content('themes', [{ label: 'a theme', doc: (w) => make(w, 'themes', input.themes(w)), allowed: everyone }], () => ({
    title: 'Changé',
  })),
  content(
    'modules',
    [
      { label: 'published', doc: (w) => make(w, 'modules', input.modules(w)), allowed: everyone },
      { label: 'draft', doc: (w) => make(w, 'modules', input.modules(w, 'draft')), allowed: staff },
    ],
    () => ({ title: 'Changé' }),
    (w) => make(w, 'modules', input.modules(w, 'draft')),
  ),
  ...(['trames', 'fiches', 'formations'] as const).map((collection) =>
    content(
      collection,
      [
        { label: 'published', doc: (w) => make(w, collection, input[collection](w)), allowed: signedIn },
        { label: 'draft', doc: (w) => make(w, collection, input[collection](w, 'draft')), allowed: staff },
      ],
      () => ({ title: 'Changé' }),
      (w) => make(w, collection, input[collection](w, 'draft')),
    ),
  ),
  content(
    'parcours',
    [
      { label: 'published', doc: (w) => make(w, 'parcours', input.parcours(w)), allowed: everyone },
      { label: 'draft', doc: (w) => make(w, 'parcours', input.parcours(w, 'draft')), allowed: staff },
    ],
    () => ({ title: 'Changé' }),
    (w) => make(w, 'parcours', input.parcours(w, 'draft')),
  ),
  content(
    'diagnostics',
    [
      { label: 'published', doc: (w) => make(w, 'diagnostics', input.diagnostics(w)), allowed: everyone },
      { label: 'draft', doc: (w) => make(w, 'diagnostics', input.diagnostics(w, 'draft')), allowed: staff },
    ],
    () => ({ title: 'Changé' }),
    (w) => make(w, 'diagnostics', input.diagnostics(w, 'draft')),
  ),
  content(
    'community-resources',
    [
      {
        label: 'approved',
        doc: (w) => make(w, 'community-resources', input['community-resources'](w)),
        allowed: everyone,
      },
      {
        label: 'pending moderation',
        doc: (w) => make(w, 'community-resources', input['community-resources'](w, 'pending')),
        allowed: staff,
      },
    ],
    () => ({ title: 'Changé' }),
  ),
  // Uploads: created with a 4×4 PNG (the test passes the file for this collection).
  content('media', [{ label: 'an image', doc: (w) => make(w, 'media', input.media()), allowed: everyone }], () => ({
    alt: 'Changé',
  })),

  // --- Média ----------------------------------------------------------------------------------------------
  content(
    'categories',
    [{ label: 'a category', doc: (w) => make(w, 'categories', input.categories(w)), allowed: everyone }],
    () => ({ name: 'Changé' }),
  ),
  content(
    'articles',
    [
      { label: 'published and due', doc: (w) => make(w, 'articles', input.articles(w)), allowed: everyone },
      {
        label: 'published, scheduled for later',
        doc: (w) => make(w, 'articles', input.articles(w, 'published', daysFromNow(30))),
        allowed: staff,
      },
      { label: 'draft', doc: (w) => make(w, 'articles', input.articles(w, 'draft')), allowed: staff },
    ],
    () => ({ title: 'Changé' }),
    (w) => make(w, 'articles', input.articles(w, 'draft')),
  ),
  content(
    'comments',
    [
      { label: 'approved', doc: (w) => make(w, 'comments', input.comments(w)), allowed: everyone },
      { label: 'pending moderation', doc: (w) => make(w, 'comments', input.comments(w, 'pending')), allowed: staff },
    ],
    () => ({ body: 'Changé' }),
  ),
  content('faq', [{ label: 'a question', doc: (w) => make(w, 'faq', input.faq(w)), allowed: everyone }], () => ({
    question: 'Changée ?',
  })),
  content(
    'events',
    [
      { label: 'published', doc: (w) => make(w, 'events', input.events(w)), allowed: everyone },
      { label: 'draft', doc: (w) => make(w, 'events', input.events(w, 'draft')), allowed: staff },
    ],
    () => ({ title: 'Changé' }),
    (w) => make(w, 'events', input.events(w, 'draft')),
  ),
  staffOnly('event-registrations', () => ({ name: 'Changé' })),
  staffOnly('newsletter-subscribers', () => ({ language: 'nl' })),
  staffOnly('newsletters', () => ({ subject: 'Changé' })),
  serverCounters('newsletter-deliveries', { status: 'failed' }),
  serverCounters('newsletter-clicks', { clicks: 99 }),
  staffOnly('contact-messages', () => ({ status: 'handled' })),
  {
    // Who gave a learner a temporary password (issue 18): written by our server only, read by staff and the
    // référent of the structure where it happened.
    ...serverOnly('password-grants'),
    read: [
      {
        label: 'a grant in S1',
        doc: (w) => make(w, 'password-grants', input['password-grants'](w)),
        allowed: ['referent', ...staff],
      },
    ],
  },
  {
    // Members report a resource or a module; the reporter reads their own, staff handle them.
    collection: 'reports',
    read: [
      { label: 'the aidant’s report', doc: (w) => make(w, 'reports', input.reports(w)), allowed: ['aidant', ...staff] },
    ],
    create: [{ label: 'a report', data: (w) => input.reports(w), allowed: members }],
    update: [
      {
        label: 'a report',
        doc: (w) => make(w, 'reports', input.reports(w)),
        data: () => ({ status: 'resolved' }),
        allowed: staff,
      },
    ],
    delete: [{ label: 'a report', doc: (w) => make(w, 'reports', input.reports(w)), allowed: staff }],
    trust: [
      {
        field: 'reporter',
        op: 'create',
        who: 'aidant',
        actor: (w) => w.actors.aidant,
        base: (w) => input.reports(w),
        value: (w) => w.actors.referent.id,
      },
      {
        field: 'status',
        op: 'create',
        who: 'aidant',
        actor: (w) => w.actors.aidant,
        base: (w) => input.reports(w),
        value: () => 'resolved',
      },
    ],
  },
  serverOnly('locks'),
  staffOnly('programme-targets', () => ({ accompaniments: 5 })),
  staffOnly('synonyms', () => ({ language: 'nl' })),
  structureSecret('api-keys', () => ({ name: 'Changé' })),
  structureSecret('statistics-links', () => ({ label: 'Changé' })),

  // --- Accounts -------------------------------------------------------------------------------------------
  {
    collection: 'users',
    read: [
      { label: 'the editor’s account', doc: async (w) => w.actors.editor.id, allowed: staff },
      { label: 'the admin’s account', doc: async (w) => w.actors.admin.id, allowed: admin },
    ],
    create: [{ label: 'a staff account', data: (w) => input.users(w), allowed: admin }],
    update: [
      {
        label: 'the editor’s own account',
        doc: async (w) => w.actors.editor.id,
        perRole: true,
        data: () => ({ name: 'Élise' }),
        allowed: staff,
      },
      {
        label: 'another editor’s account',
        doc: async (w) => (await w.freshEditor()).id,
        data: () => ({ name: 'Piraté' }),
        allowed: admin,
      },
    ],
    delete: [{ label: 'an editor’s account', doc: async (w) => (await w.freshEditor()).id, allowed: admin }],
    trust: [
      {
        field: 'role',
        op: 'update',
        who: 'editor (self)',
        actor: (w) => w.freshEditor(),
        doc: async (_w, actor) => actor.id,
        value: () => 'admin',
      },
    ],
  },
  {
    collection: 'members',
    read: [
      { label: 'the apprenant’s account', doc: async (w) => w.actors.apprenant.id, allowed: ['apprenant', ...staff] },
      { label: 'the aidant’s account', doc: async (w) => w.actors.aidant.id, allowed: ['aidant', ...staff] },
    ],
    create: [{ label: 'an account (sign-up goes through the site)', data: (w) => input.members(w), allowed: staff }],
    update: [
      {
        label: 'their own account',
        doc: async (w, role) => (isMemberRole(role) ? w.actors[role].id : w.actors.apprenant.id),
        perRole: true,
        data: () => ({ name: 'Nouveau nom' }),
        allowed: signedIn,
      },
      {
        label: 'another member of S1',
        doc: async (w) => (await w.cloneOf('apprenant')).id,
        data: () => ({ name: 'Piraté' }),
        allowed: staff,
      },
    ],
    delete: [
      {
        label: 'their own account',
        perRole: true,
        doc: async (w, role) => {
          const self = await w.cloneOf(isMemberRole(role) ? role : 'apprenant')
          return isMemberRole(role) ? { id: self.id, actor: self } : self.id
        },
        allowed: signedIn,
      },
      { label: 'another member of S1', doc: async (w) => (await w.cloneOf('apprenant')).id, allowed: staff },
    ],
    trust: [
      ...(
        [
          ['profile', 'apprenant', () => 'aidant'],
          ['structure', 'apprenant', (w: World) => w.s2],
          ['structureRole', 'aidant', () => 'referent'],
          ['joinedStructureAt', 'aidant', () => '2001-01-01T00:00:00.000Z'],
        ] as const
      ).map(
        ([field, role, value]): TrustRow => ({
          field,
          op: 'update',
          who: `${role} (self)`,
          actor: (w) => w.cloneOf(role),
          doc: async (_w, actor) => actor.id,
          value,
        }),
      ),
      {
        field: 'mustChangePassword',
        op: 'update',
        who: 'apprenant given a temporary password (self)',
        actor: (w) => w.cloneOf('apprenant', { mustChangePassword: true }),
        doc: async (_w, actor) => actor.id,
        value: () => false,
      },
      {
        field: 'password',
        op: 'update',
        who: 'aidant (self, without the current password)',
        actor: (w) => w.cloneOf('aidant'),
        doc: async (_w, actor) => actor.id,
        value: () => 'Nouveau-mot-de-passe-456',
        taken: async (w, _id, value, actor) => {
          const email = actor.collection === 'members' ? actor.email : null
          try {
            await w.payload.login({ collection: 'members', data: { email: email!, password: String(value) } })
            return true
          } catch {
            return false
          }
        },
      },
      ...(['resetPasswordToken', 'lockUntil'] as const).map(
        (field): TrustRow => ({
          field,
          op: 'update',
          who: 'aidant (self)',
          actor: (w) => w.cloneOf('aidant'),
          doc: async (_w, actor) => actor.id,
          value: () => (field === 'lockUntil' ? daysFromNow(365) : 'jeton-choisi'),
          hidden: true,
        }),
      ),
    ],
  },

  // --- Structures and memberships -------------------------------------------------------------------------
  {
    collection: 'structures',
    read: [
      { label: 'S1 (active members, on the map)', doc: async (w) => w.s1, allowed: everyone },
      { label: 'a structure without members', doc: async (w) => w.refs.hiddenStructure, allowed: staff },
    ],
    // None of the seven roles is an aidant without structure; that case is in the trust rows (loner).
    create: [{ label: 'a structure', data: (w) => input.structures(w), allowed: staff }],
    createBy: [
      {
        label: 'a structure',
        who: 'aidant without structure',
        actor: (w) => w.loner(),
        data: (w) => input.structures(w),
        allowed: true,
      },
    ],
    update: [
      {
        label: 'S1',
        doc: async (w) => w.s1,
        data: () => ({ description: 'Changée' }),
        allowed: ['referent', ...staff],
      },
    ],
    delete: [{ label: 'a structure', doc: (w) => make(w, 'structures', input.structures(w)), allowed: staff }],
    trust: [
      ...(
        [
          ['slug', (w: World) => `choisi-${w.unique()}`],
          ['alwaysListed', () => true],
          ['source', () => 'Source choisie'],
          ['activeMemberCount', () => 99],
        ] as const
      ).flatMap(([field, value]): TrustRow[] => [
        {
          field,
          op: 'create',
          who: 'aidant without structure',
          actor: (w) => w.loner(),
          base: (w) => input.structures(w),
          value,
        },
        {
          field,
          op: 'update',
          who: 'référent of the structure',
          actor: ownStructure,
          doc: async (_w, actor) => structureOf(actor)!,
          value,
        },
      ]),
    ],
  },
  {
    collection: 'memberships',
    read: [
      { label: 'a request to join S1', doc: (w) => requestTo(w, w.s1), allowed: ['referent', ...staff] },
      {
        label: 'the aidant’s own request to join S2',
        doc: (w) => make(w, 'memberships', input.request(w.actors.aidant.id, w.s2)),
        allowed: ['aidant', 'otherReferent', ...staff],
      },
    ],
    create: [
      {
        label: 'a request for oneself',
        data: (w, role) =>
          input.request(isMemberRole(role) ? w.actors[role].id : w.actors.apprenant.id, w.refs.hiddenStructure),
        allowed: signedIn,
      },
      { label: 'an invitation to S1', data: (w) => input.invitation(w, w.s1), allowed: ['referent', ...staff] },
    ],
    update: [
      {
        label: 'a request to join S1 (decision)',
        doc: (w) => requestTo(w, w.s1),
        data: () => ({ status: 'refused' }),
        allowed: ['referent', ...staff],
      },
    ],
    delete: [{ label: 'a request to join S1', doc: (w) => requestTo(w, w.s1), allowed: ['referent', ...staff] }],
    trust: [
      {
        field: 'status',
        op: 'create',
        who: 'aidant (own request)',
        actor: (w) => w.actors.aidant,
        base: (w, actor) => input.request(actor.id, w.s2),
        value: () => 'accepted',
        ok: (stored) => stored === 'pending',
      },
      {
        field: 'member',
        op: 'create',
        who: 'aidant (request for someone else)',
        actor: (w) => w.actors.aidant,
        base: (w, actor) => input.request(actor.id, w.s2),
        value: (w) => w.actors.apprenant.id,
        ok: (stored, { actor }) => stored === actor.id,
      },
      ...(
        [
          ['tokenHash', () => 'a'.repeat(64), true],
          ['invitedBy', (w: World) => w.actors.otherReferent.id, false],
          ['expiresAt', () => daysFromNow(5 * 365), false],
          ['decidedAt', () => daysFromNow(-1), false],
        ] as const
      ).map(
        ([field, value, hidden]): TrustRow => ({
          field,
          op: 'create',
          who: 'référent (invitation to S1)',
          actor: (w) => w.actors.referent,
          base: (w) => input.invitation(w, w.s1),
          value,
          hidden,
        }),
      ),
      ...(
        [
          ['structure', (w: World) => w.s2, 'request'],
          ['member', (w: World) => w.actors.otherReferent.id, 'request'],
          ['kind', () => 'invitation', 'request'],
          ['email', () => 'autre@example.com', 'invitation'],
          ['tokenHash', () => 'b'.repeat(64), 'invitation'],
          ['invitedBy', (w: World) => w.actors.otherReferent.id, 'invitation'],
          ['expiresAt', () => daysFromNow(5 * 365), 'invitation'],
          ['decidedAt', () => '2001-01-01T00:00:00.000Z', 'request'],
        ] as const
      ).map(
        ([field, value, kind]): TrustRow => ({
          field,
          op: 'update',
          who: `référent of S1 (${kind} to S1)`,
          actor: (w) => w.actors.referent,
          doc: (w) => (kind === 'request' ? requestTo(w, w.s1) : make(w, 'memberships', input.invitation(w, w.s1))),
          value,
          hidden: field === 'tokenHash',
          ...(field === 'decidedAt' ? { ok: (stored: unknown, c: { value: unknown }) => stored !== c.value } : {}),
        }),
      ),
    ],
  },

  // --- Structure work -------------------------------------------------------------------------------------
  {
    collection: 'workshops',
    read: [
      {
        label: 'a workshop of the S1 aidant',
        doc: async (w) => w.refs.workshop,
        allowed: ['aidant', 'referent', ...staff],
      },
    ],
    create: [
      {
        label: 'a workshop',
        data: (w, role) => ({
          ...input.workshops(),
          ...(isMemberRole(role) ? {} : { aidant: w.actors.aidant.id, structure: w.s1 }),
        }),
        allowed: [...aidantsWithStructure, ...staff],
      },
    ],
    createBy: [
      {
        label: 'a workshop',
        who: 'aidant without structure',
        actor: (w) => w.loner(),
        data: () => input.workshops(),
        allowed: false,
      },
    ],
    update: [
      {
        label: 'a workshop of the S1 aidant',
        doc: (w) => workshopOf(w, w.actors.aidant.id, w.s1),
        data: () => ({ title: 'Changé' }),
        allowed: ['aidant', 'referent', ...staff],
      },
    ],
    delete: [
      {
        label: 'a workshop of the S1 aidant',
        doc: (w) => workshopOf(w, w.actors.aidant.id, w.s1),
        allowed: ['aidant', 'referent', ...staff],
      },
    ],
    trust: [
      {
        field: 'code',
        op: 'create',
        who: 'aidant',
        actor: (w) => w.actors.aidant,
        base: () => input.workshops(),
        value: (w) => w.refs.workshopCode,
      },
      {
        field: 'code',
        op: 'create',
        who: 'other structure’s référent (an active code of S1)',
        actor: (w) => w.actors.otherReferent,
        base: () => input.workshops(),
        value: (w) => w.refs.workshopCode,
      },
      {
        field: 'aidant',
        op: 'create',
        who: 'aidant',
        actor: (w) => w.actors.aidant,
        base: () => input.workshops(),
        value: (w) => w.actors.otherReferent.id,
        ok: (stored, { actor }) => stored === actor.id,
      },
      {
        field: 'structure',
        op: 'create',
        who: 'aidant',
        actor: (w) => w.actors.aidant,
        base: () => input.workshops(),
        value: (w) => w.s2,
        ok: (stored, { w }) => stored === w.s1,
      },
      {
        field: 'expiresAt',
        op: 'create',
        who: 'aidant (5 years ahead)',
        actor: (w) => w.actors.aidant,
        base: () => input.workshops(),
        value: () => daysFromNow(5 * 365),
        ok: (stored) => new Date(String(stored)).getTime() <= ninetyDaysAhead(),
      },
      {
        field: 'expiresAt',
        op: 'create',
        who: 'aidant (already past)',
        actor: (w) => w.actors.aidant,
        base: () => input.workshops(),
        value: () => daysFromNow(-1),
        ok: (stored) => new Date(String(stored)).getTime() > Date.now(),
      },
      ...(
        [
          ['code', () => 'QQQ777'],
          ['aidant', (w: World) => w.actors.otherReferent.id],
          ['structure', (w: World) => w.s2],
        ] as const
      ).flatMap(([field, value]): TrustRow[] =>
        (['aidant', 'referent'] as const).map((role) => ({
          field,
          op: 'update',
          who: role === 'aidant' ? 'aidant (owner)' : 'référent of S1',
          actor: (w) => w.actors[role],
          doc: (w) => workshopOf(w, w.actors.aidant.id, w.s1),
          value,
        })),
      ),
      {
        field: 'expiresAt',
        op: 'update',
        who: 'aidant (owner, 5 years ahead)',
        actor: (w) => w.actors.aidant,
        doc: (w) => workshopOf(w, w.actors.aidant.id, w.s1),
        value: () => daysFromNow(5 * 365),
        ok: (stored) => new Date(String(stored)).getTime() <= ninetyDaysAhead(),
      },
    ],
  },
  {
    collection: 'accompaniments',
    read: [
      {
        label: 'an accompaniment by the S1 aidant',
        doc: (w) => accompanimentOf(w, w.actors.aidant.id, w.s1),
        allowed: ['aidant', 'referent', ...staff],
      },
    ],
    create: [
      {
        label: 'an accompaniment',
        data: (w, role) => ({
          ...input.accompaniments(),
          ...(isMemberRole(role) ? {} : { aidant: w.actors.aidant.id, structure: w.s1 }),
        }),
        allowed: [...aidantsWithStructure, ...staff],
      },
    ],
    createBy: [
      {
        label: 'an accompaniment',
        who: 'aidant without structure',
        actor: (w) => w.loner(),
        data: () => input.accompaniments(),
        allowed: false,
      },
    ],
    update: [
      {
        label: 'an accompaniment by the S1 aidant',
        doc: (w) => accompanimentOf(w, w.actors.aidant.id, w.s1),
        data: () => ({ minutes: 45 }),
        allowed: ['aidant', 'referent', ...staff],
      },
    ],
    delete: [
      {
        label: 'an accompaniment by the S1 aidant',
        doc: (w) => accompanimentOf(w, w.actors.aidant.id, w.s1),
        allowed: ['aidant', 'referent', ...staff],
      },
    ],
    trust: [
      {
        field: 'aidant',
        op: 'create',
        who: 'aidant',
        actor: (w) => w.actors.aidant,
        base: () => input.accompaniments(),
        value: (w) => w.actors.otherReferent.id,
        ok: (stored, { actor }) => stored === memberId(actor),
      },
      {
        field: 'structure',
        op: 'create',
        who: 'aidant',
        actor: (w) => w.actors.aidant,
        base: () => input.accompaniments(),
        value: (w) => w.s2,
        ok: (stored, { w }) => stored === w.s1,
      },
      ...(
        [
          ['aidant', (w: World) => w.actors.otherReferent.id],
          ['structure', (w: World) => w.s2],
        ] as const
      ).flatMap(([field, value]): TrustRow[] =>
        (['aidant', 'referent'] as const).map((role) => ({
          field,
          op: 'update',
          who: role === 'aidant' ? 'aidant (owner)' : 'référent of S1',
          actor: (w) => w.actors[role],
          doc: (w) => accompanimentOf(w, w.actors.aidant.id, w.s1),
          value,
        })),
      ),
    ],
  },

  // --- Learner data (consent) -----------------------------------------------------------------------------
  learnerData('workshop-participants'),
  learnerData('progress'),
  learnerData('diagnostic-results'),
  badges(),
]

/**
 * Badges: read like learner data (consent); issued by the server only, nobody creates or deletes one through
 * the API; staff revoke (an update); nobody changes what was earned or by whom, staff included.
 */
function badges(): CollectionSpec {
  const withConsent = (w: World) => make(w, 'badges', input.badges(w, true))
  const withoutConsent = (w: World) => make(w, 'badges', input.badges(w, false))
  const tamper = (field: string, value: (w: World) => unknown, who: 'admin' | 'editor'): TrustRow => ({
    field,
    op: 'update',
    who,
    actor: (w) => w.actors[who],
    doc: (w) => withConsent(w),
    value,
  })
  return {
    collection: 'badges',
    read: [
      { label: 'of the S1 apprenant, shared', doc: withConsent, allowed: sharedLearnerData },
      { label: 'of the S1 apprenant, not shared', doc: withoutConsent, allowed: ownLearnerData },
    ],
    create: [{ label: 'a badge', data: (w) => input.badges(w, true), allowed: nobody }],
    update: [
      {
        label: 'a revocation',
        doc: withConsent,
        data: () => ({ revoked: true, revocationReason: 'Délivré par erreur' }),
        allowed: staff,
      },
    ],
    delete: [{ label: 'a badge', doc: withConsent, allowed: nobody }],
    trust: [
      tamper('member', (w) => w.actors.aidant.id, 'admin'),
      tamper('achievement', () => 'parcours-1', 'admin'),
      tamper('credential', () => 'forged.jwt.value', 'editor'),
      tamper('showName', () => true, 'admin'),
      tamper('publicId', () => randomUUID(), 'editor'),
    ],
  }
}
