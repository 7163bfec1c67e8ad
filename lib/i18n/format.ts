/**
 * A small ICU message formatter for client components that must stay light (the formation player on a
 * phone): `{name}` and `{count, plural, =0 {…} one {…} other {…}}` with `#`, which is all our player
 * messages use. Plural categories come from the browser's own Intl.PluralRules. Messages using anything
 * else are refused by tests/unit/format.test.ts, which compares every player message with next-intl.
 */
export type Values = Record<string, string | number>

/** The end of the `{…}` block that opens at `start`. */
function closing(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return text.length
}

/** `=0 {…} one {…} other {…}` → { '=0': '…', one: '…', other: '…' } */
function branches(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  let i = 0
  while (i < text.length) {
    const open = text.indexOf('{', i)
    if (open < 0) break
    const end = closing(text, open)
    result[text.slice(i, open).trim()] = text.slice(open + 1, end)
    i = end + 1
  }
  return result
}

function plural(name: string, body: string, values: Values, locale: string): string {
  const count = Number(values[name])
  const options = branches(body)
  const branch = options[`=${count}`] ?? options[new Intl.PluralRules(locale).select(count)] ?? options.other ?? ''
  return formatMessage(branch.replace(/#/g, new Intl.NumberFormat(locale).format(count)), values, locale)
}

export function formatMessage(template: string, values: Values, locale: string): string {
  let out = ''
  let i = 0
  while (i < template.length) {
    const open = template.indexOf('{', i)
    if (open < 0) return out + template.slice(i)
    out += template.slice(i, open)
    const end = closing(template, open)
    const inner = template.slice(open + 1, end)
    const [name = '', kind, ...rest] = inner.split(',')
    out +=
      kind?.trim() === 'plural'
        ? plural(name.trim(), rest.join(','), values, locale)
        : String(values[name.trim()] ?? `{${name.trim()}}`)
    i = end + 1
  }
  return out
}
