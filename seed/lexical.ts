/** Builds Lexical rich-text states from plain seed text (paragraphs and bullet lists). */
type Node = { type: string; version: number; [key: string]: unknown }

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
  mode: 'normal',
  style: '',
  detail: 0,
})

const paragraph = (value: string): Node => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [text(value)],
})

const list = (items: string[]): Node => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children: items.map((item, i) => ({
    type: 'listitem',
    value: i + 1,
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [text(item)],
  })),
})

const root = (children: Node[]) => ({
  root: { type: 'root', version: 1, format: '' as const, indent: 0, direction: 'ltr' as const, children },
})

/** "First paragraph\n\nSecond paragraph" → two Lexical paragraphs. */
export function paragraphs(value: string) {
  return root(
    value
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map(paragraph),
  )
}

export function bulletList(items: string[]) {
  return root([list(items)])
}
