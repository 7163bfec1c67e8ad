import sharp from 'sharp'

/**
 * A simple flat illustration made for this project: a device on a table, shapes in the article's
 * palette, varied by a seed. Drawn as SVG, saved as PNG (1200 × 675).
 */
export async function illustration(seed: string, [main, light, accent]: [string, string, string]): Promise<Buffer> {
  let n = [...seed].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 9973, 7)
  const next = () => (n = (n * 7919 + 13) % 9973) / 9973
  const circles = Array.from({ length: 4 }, () => {
    const r = 60 + next() * 140
    return `<circle cx="${(next() * 1200).toFixed(0)}" cy="${(next() * 420).toFixed(0)}" r="${r.toFixed(0)}" fill="${next() > 0.5 ? accent : '#ffffff'}" opacity="0.55"/>`
  }).join('')
  const x = 380 + next() * 160
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
  <rect width="1200" height="675" fill="${light}"/>
  ${circles}
  <rect x="0" y="520" width="1200" height="155" fill="${main}" opacity="0.85"/>
  <rect x="${x}" y="170" width="380" height="300" rx="24" fill="#0f172a"/>
  <rect x="${x + 20}" y="190" width="340" height="230" rx="10" fill="#ffffff"/>
  <rect x="${x + 50}" y="225" width="180" height="22" rx="11" fill="${main}"/>
  <rect x="${x + 50}" y="270" width="270" height="14" rx="7" fill="#cbd5e1"/>
  <rect x="${x + 50}" y="300" width="230" height="14" rx="7" fill="#cbd5e1"/>
  <rect x="${x + 50}" y="350" width="120" height="40" rx="10" fill="${accent}"/>
  <rect x="${x - 40}" y="470" width="460" height="50" rx="12" fill="#1e293b"/>
  <rect x="${x + 470}" y="330" width="110" height="190" rx="18" fill="#0f172a"/>
  <rect x="${x + 480}" y="345" width="90" height="150" rx="8" fill="${accent}"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
