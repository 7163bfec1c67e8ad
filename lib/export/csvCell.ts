/**
 * Characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a formula, per
 * OWASP's "CSV Injection" guidance: = + - @ and a leading tab or carriage return.
 */
const formulaStart = /^[\s]*[=+\-@\t\r]/
/** A plain number (a negative longitude, a +32 phone number) is data, not a formula: left as it is. */
const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/

/**
 * A cell that no spreadsheet runs as a formula: a leading apostrophe when the value (after any leading
 * whitespace, which spreadsheets skip) starts with a formula character. Pure: unit-tested.
 */
export function formulaSafe(value: string): string {
  return formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value
}

/** One CSV field (RFC 4180): formula-safe, and quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string | number): string {
  const text = formulaSafe(String(value))
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV field, always quoted (for files whose readers expect every field quoted). */
export function quotedCsvCell(value: string): string {
  return `"${formulaSafe(value).replace(/"/g, '""')}"`
}
