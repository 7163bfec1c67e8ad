/**
 * Typed text as one line, safe to echo in a sentence: control characters and bidirectional formatting
 * characters (overrides, isolates, marks) are dropped, since they could reverse or hide the words around the
 * echo; white space is folded. Zero-width joiners stay (emoji are made of them). Pure.
 */
const invisible = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

export function oneLine(value: string): string {
  // A tab or line break (control characters too) still separates two words.
  return value
    .replace(invisible, (char) => (/\s/.test(char) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim()
}
