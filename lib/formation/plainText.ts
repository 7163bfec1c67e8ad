/**
 * Lexical rich text → plain text, for reading aloud and for anything that cannot render rich text. Pure: works on
 * the saved JSON, needs no editor. Blocks (paragraphs, headings, list items, quotes) end with a line break.
 */
type Node = { type?: unknown; text?: unknown; children?: unknown }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list'])

function walk(node: Node): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return ' '
  const children = Array.isArray(node.children) ? (node.children as Node[]).map(walk).join('') : ''
  return typeof node.type === 'string' && blockTypes.has(node.type) ? `${children}\n` : children
}

export function lexicalToPlainText(state: unknown): string {
  const root = state && typeof state === 'object' ? (state as { root?: Node }).root : undefined
  if (!root) return ''
  return walk(root)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}
