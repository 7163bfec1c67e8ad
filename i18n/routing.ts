import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

/** Localized pathnames (docs/architecture.md, Routes): French slug / Dutch slug. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // hreflang alternates are in each page's metadata; next-intl's Link header would repeat them on every response.
  alternateLinks: false,
  // No NEXT_LOCALE cookie: a response that sets a cookie is never stored by a shared cache (nginx, a CDN),
  // and every URL carries its locale anyway. Only `/` chooses, from the browser's Accept-Language.
  localeCookie: false,
  pathnames: {
    '/': '/',
    '/catalogue': { fr: '/catalogue', nl: '/catalogus' },
    '/modules/[slug]': '/modules/[slug]',
    '/modules/[slug]/trame': { fr: '/modules/[slug]/trame', nl: '/modules/[slug]/begeleidingsfiche' },
    '/modules/[slug]/fiche': { fr: '/modules/[slug]/fiche', nl: '/modules/[slug]/samenvattingsfiche' },
    '/modules/[slug]/formation': { fr: '/modules/[slug]/formation', nl: '/modules/[slug]/opleiding' },
    '/parcours': { fr: '/parcours', nl: '/leertrajecten' },
    '/parcours/[slug]': { fr: '/parcours/[slug]', nl: '/leertrajecten/[slug]' },
    '/ressources-communaute': { fr: '/ressources-communaute', nl: '/gemeenschapsbronnen' },
    '/diagnostic': { fr: '/diagnostic', nl: '/diagnose' },
    '/diagnostic/questionnaire': { fr: '/diagnostic/questionnaire', nl: '/diagnose/vragenlijst' },
    '/diagnostic/resultat/[code]': { fr: '/diagnostic/resultat/[code]', nl: '/diagnose/resultaat/[code]' },
    '/media': '/media',
    '/media/[slug]': '/media/[slug]',
    '/evenements': { fr: '/evenements', nl: '/evenementen' },
    '/evenements/[slug]': { fr: '/evenements/[slug]', nl: '/evenementen/[slug]' },
    '/faq': '/faq',
    '/recherche': { fr: '/recherche', nl: '/zoeken' },
    '/newsletter': { fr: '/newsletter', nl: '/nieuwsbrief' },
    '/contact': '/contact',
    '/cartographie': { fr: '/cartographie', nl: '/kaart' },
    // Issue 19: the orientation wizard and its printable sheet (everything in the query string, nothing stored).
    '/orientation': { fr: '/orientation', nl: '/orientatie' },
    '/orientation/fiche': { fr: '/orientation/fiche', nl: '/orientatie/fiche' },
    '/structures/[slug]': { fr: '/structures/[slug]', nl: '/organisaties/[slug]' },
    '/connexion': { fr: '/connexion', nl: '/aanmelden' },
    '/inscription': { fr: '/inscription', nl: '/registreren' },
    '/mot-de-passe-oublie': { fr: '/mot-de-passe-oublie', nl: '/wachtwoord-vergeten' },
    '/mot-de-passe/nouveau': { fr: '/mot-de-passe/nouveau', nl: '/wachtwoord/nieuw' },
    '/compte': { fr: '/compte', nl: '/account' },
    '/espace-aidant': { fr: '/espace-aidant', nl: '/helpersruimte' },
    '/espace-aidant/structure': { fr: '/espace-aidant/structure', nl: '/helpersruimte/organisatie' },
    '/espace-aidant/ateliers/nouveau': { fr: '/espace-aidant/ateliers/nouveau', nl: '/helpersruimte/workshops/nieuw' },
    '/espace-aidant/ateliers/[id]': { fr: '/espace-aidant/ateliers/[id]', nl: '/helpersruimte/workshops/[id]' },
    '/espace-aidant/ateliers/[id]/imprimer': {
      fr: '/espace-aidant/ateliers/[id]/imprimer',
      nl: '/helpersruimte/workshops/[id]/afdrukken',
    },
    '/espace-aidant/ateliers/[id]/cartes': {
      fr: '/espace-aidant/ateliers/[id]/cartes',
      nl: '/helpersruimte/workshops/[id]/kaarten',
    },
    '/espace-aidant/apprenants/[id]': { fr: '/espace-aidant/apprenants/[id]', nl: '/helpersruimte/leerders/[id]' },
    '/espace-aidant/activites': { fr: '/espace-aidant/activites', nl: '/helpersruimte/activiteiten' },
    // Issue 16: an aidant's proposals of community resources, and the form to propose one.
    '/espace-aidant/ressources': { fr: '/espace-aidant/ressources', nl: '/helpersruimte/bronnen' },
    '/espace-aidant/ressources/proposer': {
      fr: '/espace-aidant/ressources/proposer',
      nl: '/helpersruimte/bronnen/voorstellen',
    },
    // A member reports a module or a community resource (kind: module | ressource).
    '/signaler/[kind]/[id]': { fr: '/signaler/[kind]/[id]', nl: '/melden/[kind]/[id]' },
    '/espace-apprenant': { fr: '/espace-apprenant', nl: '/leerruimte' },
    // Shown by the service worker for a page opened with no connection (sw/sw.ts).
    '/hors-ligne': { fr: '/hors-ligne', nl: '/offline' },
    '/espace-apprenant/carte': { fr: '/espace-apprenant/carte', nl: '/leerruimte/kaart' },
    '/statistiques': { fr: '/statistiques', nl: '/statistieken' },
    // API keys for the open statistics API (issue 17): référents and staff.
    '/statistiques/acces': { fr: '/statistiques/acces', nl: '/statistieken/toegang' },
    '/statistiques/partage/[token]': { fr: '/statistiques/partage/[token]', nl: '/statistieken/gedeeld/[token]' },
    '/code': '/code',
    // Issue 18: public verification page of a badge, and its printable certificate (not in the sitemap, not indexed).
    '/badges/[id]': '/badges/[id]',
    '/badges/[id]/certificat': { fr: '/badges/[id]/certificat', nl: '/badges/[id]/certificaat' },
    '/invitation/[token]': { fr: '/invitation/[token]', nl: '/uitnodiging/[token]' },
    // For the team: the UI primitives in every variant (not in the sitemap, not indexed).
    '/styleguide': '/styleguide',
  },
})

export type AppPathname = keyof typeof routing.pathnames
