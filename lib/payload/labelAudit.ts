import type { Block, CollectionConfig, Field, GlobalConfig } from 'payload'

/**
 * Finds every admin text of our configuration that is not given in both French and Dutch (issue 16, point 3).
 * It walks the raw (unsanitized) collections, globals and blocks: there a missing label is still missing, where
 * Payload's sanitizing would have filled it with the English words of the field's name ("Learn More").
 *
 * A text counts as localized when it is `{ fr, nl }` with both non-empty, or a function (Payload's own labels,
 * which call its translations). A missing label counts as localized only on a hidden or sidebar-less technical
 * field we mark as such (`admin.hidden`, `admin.disabled`), on Payload's own fields, and on an option whose
 * value the editor never reads.
 */

export type LabelProblem = { path: string; problem: string }

type Text = unknown

const languages = ['fr', 'nl'] as const

function isLocalized(text: Text): boolean {
  if (typeof text === 'function') return true
  if (!text || typeof text !== 'object') return false
  const record = text as Record<string, unknown>
  return languages.every((language) => typeof record[language] === 'string' && record[language] !== '')
}

function describe(text: Text): string {
  if (text === undefined) return 'missing'
  if (typeof text === 'string') return `plain string "${text}"`
  if (text === false) return 'hidden (false)'
  return `not { fr, nl }: ${JSON.stringify(text)}`
}

function checkText(problems: LabelProblem[], path: string, what: string, text: Text, optional = false): void {
  if (text === undefined && optional) return
  // A label of `false` hides it on purpose (a checkbox row, a field shown by its own component).
  if (text === false) return
  if (!isLocalized(text)) problems.push({ path, problem: `${what} ${describe(text)}` })
}

function checkLabels(problems: LabelProblem[], path: string, labels: unknown): void {
  const record = (labels ?? {}) as { singular?: Text; plural?: Text }
  checkText(problems, path, 'labels.singular', record.singular)
  checkText(problems, path, 'labels.plural', record.plural)
}

type AdminLike = { hidden?: boolean; disabled?: boolean; description?: Text; placeholder?: Text }

function checkField(
  problems: LabelProblem[],
  parent: string,
  field: Field,
  seenBlocks: Set<string>,
  parentHidden = false,
): void {
  const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
  const path = named ? `${parent}.${named}` : `${parent}.(${field.type})`
  const admin = ('admin' in field ? field.admin : undefined) as AdminLike | undefined
  const hidden = parentHidden || Boolean(admin?.hidden || admin?.disabled || ('hidden' in field && field.hidden))

  if (!hidden) {
    if (admin?.description !== undefined && typeof admin.description !== 'function') {
      checkText(problems, path, 'admin.description', admin.description)
    }
    if (admin?.placeholder !== undefined) checkText(problems, path, 'admin.placeholder', admin.placeholder)
    // UI fields are components with their own words; rows and unnamed groups have no heading of their own.
    const labelled = named ? field.type !== 'ui' : field.type === 'collapsible'
    if (labelled) checkText(problems, path, 'label', 'label' in field ? field.label : undefined)
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        if (typeof option === 'string') problems.push({ path, problem: `option "${option}" has no label` })
        else checkText(problems, `${path}[${option.value}]`, 'option label', option.label)
      }
    }
    if (field.type === 'array') checkLabels(problems, path, field.labels)
    if (field.type === 'blocks') checkLabels(problems, path, field.labels)
  }

  if ('fields' in field && Array.isArray(field.fields)) {
    for (const child of field.fields) checkField(problems, path, child, seenBlocks, hidden)
  }
  if (field.type === 'tabs') {
    for (const tab of field.tabs) {
      const tabPath = `${path}.${'name' in tab && tab.name ? tab.name : '(tab)'}`
      checkText(problems, tabPath, 'tab label', tab.label)
      if (tab.description !== undefined && typeof tab.description !== 'function') {
        checkText(problems, tabPath, 'tab description', tab.description)
      }
      for (const child of tab.fields) checkField(problems, tabPath, child, seenBlocks)
    }
  }
  if (field.type === 'blocks') {
    for (const block of field.blocks) checkBlock(problems, `${path}`, block, seenBlocks)
  }
}

function checkBlock(problems: LabelProblem[], parent: string, block: Block, seenBlocks: Set<string>): void {
  const path = `${parent}<${block.slug}>`
  if (seenBlocks.has(block.slug)) return
  seenBlocks.add(block.slug)
  checkLabels(problems, path, block.labels)
  for (const child of block.fields) checkField(problems, path, child, seenBlocks)
}

/** Every unlocalized admin text of these collections and globals. */
export function auditLabels(collections: CollectionConfig[], globals: GlobalConfig[] = []): LabelProblem[] {
  const problems: LabelProblem[] = []
  const seenBlocks = new Set<string>()
  for (const collection of collections) {
    const path = collection.slug
    const admin = collection.admin ?? {}
    if (admin.hidden === true) continue
    checkLabels(problems, path, collection.labels)
    if (admin.group !== undefined && admin.group !== false) checkText(problems, path, 'admin.group', admin.group)
    if (admin.description !== undefined && typeof admin.description !== 'function') {
      checkText(problems, path, 'admin.description', admin.description)
    }
    for (const field of collection.fields) checkField(problems, path, field, seenBlocks)
  }
  for (const global of globals) {
    checkText(problems, global.slug, 'label', global.label)
    for (const field of global.fields) checkField(problems, global.slug, field, seenBlocks)
  }
  return problems
}
