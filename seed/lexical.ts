/** Builds Lexical rich-text states from plain seed text (paragraphs, headings, bullet lists). */
export type LexicalNode = { type: string; version: number; [key: string]: unknown }

/** The properties every element node carries. */
export const base = { version: 1, format: '' as const, indent: 0, direction: 'ltr' as const }

export const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
  mode: 'normal',
  style: '',
  detail: 0,
})

/** A paragraph of one text, or of several nodes (text and links). */
export const paragraph = (content: string | LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  ...base,
  textFormat: 0,
  textStyle: '',
  children: typeof content === 'string' ? [text(content)] : content,
})

export const list = (items: string[]): LexicalNode => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  ...base,
  children: items.map((item, i) => ({ type: 'listitem', value: i + 1, ...base, children: [text(item)] })),
})

export const root = (children: LexicalNode[]) => ({ root: { type: 'root', ...base, children } })

/** "First paragraph\n\nSecond paragraph" → two Lexical paragraphs. */
export function paragraphs(value: string) {
  return root(
    value
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => paragraph(p)),
  )
}

export function bulletList(items: string[]) {
  return root([list(items)])
}
