// Draws the app icons of the web app manifest (public/icons/, committed): "123" in white on the brand blue, as
// the site's logo starts. Run again only when the design changes: node scripts/sw/icons.mjs (needs a sans-serif
// font known to fontconfig, e.g. Debian's fonts-dejavu-core).
import sharp from 'sharp'

const digits = (size, scale) =>
  `<text x="50%" y="50%" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" ` +
  `font-size="${size * scale}" fill="#fff">123</text>`
const svg = (size, { maskable }) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">` +
      `<rect width="${size}" height="${size}" rx="${maskable ? 0 : size / 6}" fill="#1a3f94"/>` +
      // A maskable icon keeps its drawing inside the central 80 % safe zone.
      digits(size, maskable ? 0.28 : 0.36) +
      '</svg>',
  )

for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  await sharp(svg(size, { maskable })).png({ compressionLevel: 9 }).toFile(`public/icons/${name}`)
}
