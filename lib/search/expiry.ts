import type { Locale } from '@/i18n/locales'

/**
 * Where each process keeps its search engines (lib/search/store.ts), in a file of its own so that the
 * collections' hooks can expire them without loading the engine. On globalThis: the API routes and the pages
 * are separate bundles in one process (see lib/map/index.ts), and a save in one must reach the other.
 */
export type EngineSlot<E> = {
  engine: Promise<E>
  stamp: string
  /** When the stamp was last compared; 0 asks the next search to compare it first. */
  checkedAt: number
  /** The check (and maybe rebuild) under way: one at a time. */
  pending?: Promise<void>
}

const holder = globalThis as typeof globalThis & { __digitSearch?: Partial<Record<Locale, EngineSlot<unknown>>> }

export function engineSlots<E>(): Partial<Record<Locale, EngineSlot<E>>> {
  return (holder.__digitSearch ??= {}) as Partial<Record<Locale, EngineSlot<E>>>
}

/** A document was saved in this process: the next search compares the version stamp before answering. */
export function expireSearchIndex(): void {
  for (const slot of Object.values(engineSlots())) if (slot) slot.checkedAt = 0
}
