/** Plain, accessible HTML for our e-mails: one column, large type, one clear button. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

export function emailHtml({
  lang,
  paragraphs,
  action,
  footer,
}: {
  lang: string
  paragraphs: string[]
  action?: { label: string; url: string }
  footer: string
}): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('')
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#fff;padding:14px 22px;border-radius:8px;text-decoration:none;font-weight:bold;display:inline-block">${escapeHtml(action.label)}</a></p><p style="margin:0 0 16px;font-size:15px;color:#334155">${escapeHtml(action.url)}</p>`
    : ''
  return `<!doctype html><html lang="${lang}"><body style="font-family:Arial,sans-serif;font-size:18px;line-height:1.5;color:#0f172a;max-width:560px;margin:0 auto;padding:24px"><p style="font-size:24px;font-weight:bold;color:#1d4ed8;margin:0 0 24px">123Digit</p>${body}${button}<p style="margin:32px 0 0;font-size:14px;color:#475569">${escapeHtml(footer)}</p></body></html>`
}

/** The plain-text part: the same words, and the link on its own line. */
export function emailText(paragraphs: string[], action?: { label: string; url: string }): string {
  return [...paragraphs, ...(action ? [`${action.label} : ${action.url}`] : [])].join('\n\n')
}
