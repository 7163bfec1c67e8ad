import type { DefaultServerCellComponentProps } from 'payload'

/** The length of a list excerpt: about one line of the admin's table. */
const excerptLength = 90

export function excerpt(text: unknown, length = excerptLength): string {
  if (typeof text !== 'string') return ''
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat
}

/**
 * A long text column of an admin list (a comment, a contact message) as its first words on one line, so the
 * editor reads what was written without opening each document; the full text is in the edit view.
 */
export function ExcerptCell({ cellData }: DefaultServerCellComponentProps) {
  return <span>{excerpt(cellData)}</span>
}
