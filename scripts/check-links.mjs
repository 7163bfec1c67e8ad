// Fails when a relative link in README.md or docs/**/*.md points at nothing: a missing file, or a `#anchor`
// that is not a heading of the target page. Links to other sites are not fetched (tests run offline).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** Markdown without its fenced code blocks and inline code spans, whose brackets are not links. */
function prose(markdown) {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '')
}

/**
 * The link targets of a Markdown text, in order: inline links and images `[text](target "title")`, with or
 * without angle brackets, and reference definitions `[name]: target`.
 * @param {string} markdown
 * @returns {string[]}
 */
export function linksIn(markdown) {
  const text = prose(markdown)
  const inline = [...text.matchAll(/\]\(\s*(<[^>\n]*>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? '')
  const references = [...text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)/gm)].map((m) => m[1] ?? '')
  return [...inline, ...references].map((target) => target.replace(/^<(.*)>$/, '$1'))
}

/** Whether a target leaves the repository (a scheme such as https: or mailto:, or //host). */
export function isExternal(target) {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')
}

/**
 * The anchors GitHub gives the headings of a Markdown text: lower case, punctuation dropped, spaces to
 * hyphens; a repeated heading gets `-1`, `-2`…
 * @param {string} markdown
 * @returns {Set<string>}
 */
export function anchorsOf(markdown) {
  const seen = new Map()
  const anchors = new Set()
  for (const [, heading] of prose(markdown).matchAll(/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = (heading ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count ? `${base}-${count}` : base)
  }
  return anchors
}

/**
 * The broken relative links of one Markdown file, as `file: target (why)` lines.
 * @param {string} file path of the Markdown file
 * @param {(file: string) => string} read
 * @param {(file: string) => boolean} exists
 * @returns {string[]}
 */
export function brokenLinks(file, read = (f) => readFileSync(f, 'utf8'), exists = existsSync) {
  const problems = []
  for (const target of linksIn(read(file))) {
    if (!target || isExternal(target)) continue
    const [rawPath = '', anchor] = target.split('#')
    const linked = rawPath ? path.join(path.dirname(file), decodeURIComponent(rawPath)) : file
    if (!exists(linked)) {
      problems.push(`${file}: ${target} (no such file)`)
      continue
    }
    if (anchor && linked.endsWith('.md') && !anchorsOf(read(linked)).has(decodeURIComponent(anchor)))
      problems.push(`${file}: ${target} (no heading #${anchor})`)
  }
  return problems
}

/** README.md and every Markdown file under docs/. */
function markdownFiles(root) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name)
      return statSync(full).isDirectory() ? walk(full) : name.endsWith('.md') ? [full] : []
    })
  return ['README.md', ...walk(path.join(root, 'docs'))]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = markdownFiles('.')
  const problems = files.flatMap((file) => brokenLinks(file))
  if (problems.length) {
    console.error(`Broken links:\n${problems.join('\n')}`)
    process.exit(1)
  }
  console.log(`Links checked in ${files.length} Markdown files.`)
}
