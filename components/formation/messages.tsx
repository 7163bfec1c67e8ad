'use client'

import { createContext, type ReactNode, useContext } from 'react'

import { formatMessage, type Values } from '@/lib/i18n/format'

export type Tree = { [key: string]: string | Tree }
const PlayerContext = createContext<{ locale: string; messages: Tree }>({ locale: 'fr', messages: {} })

/**
 * The player's messages, already picked by the server: a plain context instead of next-intl's client
 * runtime, which would add about 14 KB gzipped to the page of a learner on a phone (lib/i18n/format.ts).
 */
export function PlayerMessages({
  locale,
  messages,
  children,
}: {
  locale: string
  messages: Tree
  children: ReactNode
}) {
  return <PlayerContext value={{ locale, messages }}>{children}</PlayerContext>
}

function lookup(tree: Tree, path: string): string | Tree | undefined {
  return path
    .split('.')
    .reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree)
}

/**
 * Like next-intl's useTranslations, for the namespaces the page handed down (`formation`, `formation.order`,
 * `diagnostic.tasks.reply`…): the player, the diagnostic and its simulated screens, the error page.
 */
export function usePlayerT(namespace: string) {
  const { locale, messages } = useContext(PlayerContext)
  const t = (key: string, values: Values = {}) => {
    const template = lookup(messages, `${namespace}.${key}`)
    return typeof template === 'string' ? formatMessage(template, values, locale) : `${namespace}.${key}`
  }
  return Object.assign(t, { has: (key: string) => typeof lookup(messages, `${namespace}.${key}`) === 'string' })
}

export function usePlayerLocale(): string {
  return useContext(PlayerContext).locale
}

/** Messages of other namespaces (the simulated screens', read by the diagnostic's components). */
export function usePlayerMessages(): Tree {
  return useContext(PlayerContext).messages
}
