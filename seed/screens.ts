import sharp from 'sharp'

import type { Lang } from './localize'

/** Each inbox row: sender, subject, time. */
type Row = [from: string, subject: string, time: string]

/**
 * Pictures of imitation screens for the formations' "touch the right place" questions, drawn for this project
 * as SVG and saved as PNG (1200 × 675). One picture per language, with the same layout: the zone of the right
 * answer (in % of the picture, seed/data/modules) is the same in both.
 */
const texts: Record<Lang, { app: string; compose: string; folders: string[]; messages: Row[] }> = {
  fr: {
    app: 'Ma messagerie',
    compose: 'Nouveau message',
    folders: ['Boîte de réception (2)', 'Envoyés', 'Brouillons', 'Corbeille'],
    messages: [
      ['Pharmacie du Centre', 'Votre commande est prête', '10:24'],
      ['École Les Tilleuls', 'Réunion de parents jeudi', '09:02'],
      ['Julie', 'Photos du week-end', 'hier'],
      ['Commune', 'Nouveaux horaires du guichet', 'lundi'],
    ],
  },
  nl: {
    app: 'Mijn e-mail',
    compose: 'Nieuw bericht',
    folders: ['Inbox (2)', 'Verzonden', 'Concepten', 'Prullenbak'],
    messages: [
      ['Apotheek Centrum', 'Uw bestelling is klaar', '10:24'],
      ['School De Linde', 'Oudercontact donderdag', '09:02'],
      ['Julie', 'Foto’s van het weekend', 'gisteren'],
      ['Gemeente', 'Nieuwe openingsuren van het loket', 'maandag'],
    ],
  },
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The "Nouveau message" button: x 20–320, y 100–170 (1.7–26.7 %, 14.8–25.2 % of the picture). */
export const composeZone = { x: 1, y: 14, width: 27, height: 12 }

/** A webmail inbox: the compose button top left, folders under it, two unread (bold) messages on top. */
export async function mailboxScreen(lang: Lang): Promise<Buffer> {
  const t = texts[lang]
  const font = 'font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"'
  const folders = t.folders
    .map(
      (name, i) =>
        `<text x="40" y="${235 + i * 55}" ${font} font-size="22" fill="#0f172a"${i === 0 ? ' font-weight="700"' : ''}>${escape(name)}</text>`,
    )
    .join('')
  const rows = t.messages
    .map(([from, subject, time], i) => {
      const y = 100 + i * 130
      const weight = i < 2 ? ' font-weight="700"' : ''
      return `<rect x="340" y="${y}" width="860" height="130" fill="${i < 2 ? '#ffffff' : '#f1f5f9'}"/>
  <line x1="340" y1="${y + 130}" x2="1200" y2="${y + 130}" stroke="#cbd5e1" stroke-width="2"/>
  ${i < 2 ? `<circle cx="365" cy="${y + 45}" r="9" fill="#1d4ed8"/>` : ''}
  <text x="390" y="${y + 55}" ${font} font-size="28"${weight} fill="#0f172a">${escape(from)}</text>
  <text x="390" y="${y + 98}" ${font} font-size="24"${weight} fill="#334155">${escape(subject)}</text>
  <text x="1170" y="${y + 55}" ${font} font-size="22" fill="#475569" text-anchor="end">${escape(time)}</text>`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
  <rect width="1200" height="675" fill="#e2e8f0"/>
  <rect width="1200" height="80" fill="#1e3a8a"/>
  <text x="30" y="52" ${font} font-size="30" font-weight="700" fill="#ffffff">${escape(t.app)}</text>
  <rect x="20" y="100" width="300" height="70" rx="35" fill="#f59e0b"/>
  <text x="170" y="144" ${font} font-size="23" font-weight="700" fill="#0f172a" text-anchor="middle">✎ ${escape(t.compose)}</text>
  ${folders}
  ${rows}
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
