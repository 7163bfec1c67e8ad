import 'server-only'

import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import type { Fiche, Formation, Module, Theme, Trame } from '@/payload-types'
import { requireMember } from '@/lib/auth/session'
import { getModule, getParcours } from './queries'
import { isPreviewing as isPreview } from '@/lib/preview/isPreviewing'

/** Staff previewing a draft: draft mode on and a valid staff session (lib/preview/isPreviewing.ts). */
export { isPreview }

/** For generateMetadata: never throws, so a missing page still renders the localized 404 inside the layout. */
export async function findModuleForPage(locale: Locale, slug: string): Promise<Module | null> {
  return getModule(locale, slug, await isPreview())
}

export async function findParcoursForPage(locale: Locale, slug: string) {
  return getParcours(locale, slug, await isPreview())
}

export async function requireModule(locale: Locale, slug: string): Promise<Module> {
  const moduleDoc = await findModuleForPage(locale, slug)
  if (!moduleDoc) notFound()
  return moduleDoc
}

export async function requireParcours(locale: Locale, slug: string) {
  const parcours = await findParcoursForPage(locale, slug)
  if (!parcours) notFound()
  return parcours
}

/** A relationship is either populated (an object) or, when unpublished or not readable, only an id. */
export function populated<T extends object>(value: T | number | string | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}

export function populatedList<T extends object>(values: (T | number | string)[] | null | undefined): T[] {
  return (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)
}

export type ModuleResources = { trame: Trame | null; fiche: Fiche | null; formation: Formation | null; themes: Theme[] }

export function moduleResources(moduleDoc: Module): ModuleResources {
  return {
    trame: populated(moduleDoc.trame),
    fiche: populated(moduleDoc.fiche),
    formation: populated(moduleDoc.formation),
    themes: populatedList(moduleDoc.themes),
  }
}

/**
 * Trames, fiches and formations are for signed-in members: anonymous visitors go to sign-in and come back
 * here. Staff previewing a draft (draft mode, enabled only after a staff check) are let through.
 */
export async function requireResourceReader(locale: Locale, slug: string, resource: 'trame' | 'fiche' | 'formation') {
  if (await isPreview()) return
  await requireMember(
    locale,
    getPathname({ href: { pathname: `/modules/[slug]/${resource}`, params: { slug } }, locale }),
  )
}
