import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { fr } from '@payloadcms/translations/languages/fr'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { serverRunsJobs } from './access/serverRunsJobs'
import { CommunityResources } from './collections/CommunityResources'
import { Reports } from './collections/Reports'
import { Articles } from './collections/Articles'
import { Categories } from './collections/Categories'
import { Comments } from './collections/Comments'
import { ContactMessages } from './collections/ContactMessages'
import { Faq } from './collections/Faq'
import { Synonyms } from './collections/Synonyms'
import { Locks } from './collections/Locks'
import { NewsletterClicks } from './collections/NewsletterClicks'
import { NewsletterDeliveries } from './collections/NewsletterDeliveries'
import { Newsletters } from './collections/Newsletters'
import { NewsletterSubscribers } from './collections/NewsletterSubscribers'
import { EventRegistrations } from './collections/EventRegistrations'
import { Events } from './collections/Events'
import { Accompaniments } from './collections/Accompaniments'
import { ApiKeys } from './collections/ApiKeys'
import { ProgrammeTargets } from './collections/ProgrammeTargets'
import { StatisticsLinks } from './collections/StatisticsLinks'
import { Progress } from './collections/Progress'
import { Badges } from './collections/Badges'
import { WorkshopParticipants } from './collections/WorkshopParticipants'
import { Workshops } from './collections/Workshops'
import { DiagnosticResults } from './collections/DiagnosticResults'
import { Diagnostics } from './collections/Diagnostics'
import { Fiches } from './collections/Fiches'
import { Formations } from './collections/Formations'
import { Media } from './collections/Media'
import { Members } from './collections/Members'
import { Memberships } from './collections/Memberships'
import { Modules } from './collections/Modules'
import { Parcours } from './collections/Parcours'
import { PasswordGrants } from './collections/PasswordGrants'
import { Structures } from './collections/Structures'
import { Themes } from './collections/Themes'
import { Trames } from './collections/Trames'
import { Users } from './collections/Users'
import { defaultLocale, localeLabels, locales } from './i18n/locales'
import { emailAdapter } from './lib/email/adapter'
import { sendNewsletterTask } from './lib/newsletter/job'
import { siteOrigin } from './lib/http/origin'
import { clientErrorStatus } from './lib/http/clientErrors'
import { keepValidationDetails } from './lib/http/validationErrors'
import { payloadLogger } from './lib/logging/logger'
import { brusselsAdminDates } from './lib/payload/adminDates'
import { contentLanguageBanner } from './lib/payload/contentLanguage'
import { databaseAdapter } from './lib/payload/database'
import { secureAuthCookies } from './lib/payload/secureAuthCookies'
import { uploadStorage } from './lib/payload/storage'

const root = path.dirname(fileURLToPath(import.meta.url))
// The site origin, when configured: Payload then refuses cookie-authenticated requests from any other Origin.
// Unset, the REST route applies the same rule against the request's own host (lib/http/csrf.ts, ADR 0012).
const origin = siteOrigin()

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || '',
  // Unset without NEXT_PUBLIC_SERVER_URL: the admin then works on whatever host it is reached by, and every
  // e-mail we send builds its links from the request's public origin (lib/http/origin.ts).
  serverURL: origin ?? undefined,
  csrf: origin ? [origin] : [],
  // Only our own pages call the API: no other site gets CORS access (open data sets its own header).
  cors: origin ? [origin] : [],
  admin: {
    user: Users.slug,
    importMap: { baseDir: root },
    meta: { titleSuffix: ' · 123Digit' },
    // No Gravatar: the admin must work without reaching third-party hosts.
    avatar: 'default',
    // What waits for the editorial team, above Payload's list of collections (issue 16, point 6).
    components: { beforeDashboard: ['/components/admin/EditorDashboard#EditorDashboard'] },
  },
  collections: [
    Themes,
    Modules,
    Trames,
    Fiches,
    Formations,
    Parcours,
    CommunityResources,
    Reports,
    Media,
    Structures,
    Members,
    Memberships,
    PasswordGrants,
    Diagnostics,
    DiagnosticResults,
    Workshops,
    WorkshopParticipants,
    Progress,
    Badges,
    Accompaniments,
    ApiKeys,
    StatisticsLinks,
    ProgrammeTargets,
    Categories,
    Articles,
    Comments,
    Faq,
    Synonyms,
    Events,
    EventRegistrations,
    NewsletterSubscribers,
    Newsletters,
    NewsletterDeliveries,
    NewsletterClicks,
    ContactMessages,
    Locks,
    Users,
  ],
  editor: lexicalEditor(),
  db: databaseAdapter(root),
  email: emailAdapter(root),
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    fallback: true,
  },
  i18n: { supportedLanguages: { fr, nl }, fallbackLanguage: defaultLocale },
  typescript: { outputFile: path.join(root, 'payload-types.ts') },
  // Nothing uses GraphQL (the site reads through the Local API, the admin through REST): one API less to guard.
  // Its routes are removed too, so /api/graphql falls to the REST catch-all and answers 404.
  graphQL: { disable: true },
  // Database errors caused by the request (a relation to nothing, a value of the wrong type) answer 4xx, not 500.
  hooks: { afterError: [clientErrorStatus, keepValidationDetails] },
  // JSON lines in production, each with the id of the request being handled (lib/logging/).
  logger: payloadLogger(),
  // Background work on Payload's queue (payload-jobs), run by lib/jobs/runner.ts in each server instance under
  // one lease: no autoRun cron, whose claims could race between instances.
  // Nobody runs, queues or cancels jobs over the API (Payload's default lets any signed-in member or user run
  // the queue at /api/payload-jobs/run, outside the runner's lease): the server does, with overrideAccess.
  jobs: {
    tasks: [sendNewsletterTask],
    access: { run: serverRunsJobs, queue: serverRunsJobs, cancel: serverRunsJobs },
  },
  sharp,
  plugins: [
    secureAuthCookies(origin?.startsWith('https:') ?? false),
    uploadStorage(),
    brusselsAdminDates,
    contentLanguageBanner,
  ],
})
