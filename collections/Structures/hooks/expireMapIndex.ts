import { expireStructureIndex } from '@/lib/map/index'

/**
 * afterChange and afterDelete on structures: the map's in-memory index (lib/map/index.ts) is rebuilt on the
 * next search, so a saved or deleted structure shows on the map at once.
 */
export function expireMapIndex<T>({ doc }: { doc: T }): T {
  expireStructureIndex()
  return doc
}
