// Glyphs for the offline map's labels: signed distance fields of one font, in the protobuf ranges that
// maplibre-gl asks for ({fontstack}/{start}-{end}.pbf). Rendered here with TinySDF (the generator maplibre-gl
// itself uses for local glyphs) on a Skia canvas, from Noto Sans Regular (SIL Open Font License 1.1).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const FONTSTACK = 'noto-sans'
// Basic Latin + Latin-1 (é, è, ç, ë…), Latin Extended-A (œ, ł…), General Punctuation (’, –, …).
export const GLYPH_RANGES = [0, 256, 8192]

// The metrics maplibre-gl gives its own TinySDF glyphs (24 px, buffer 3), so labels line up the same way.
const FONT_SIZE = 24
const BUFFER = 3
const TOP_ADJUSTMENT = 27.5

/** Encodes one range as the `glyphs` protobuf message (fontstack name, range, glyph bitmaps and metrics). */
function encodeRange(Pbf, name, start, glyphs) {
  const pbf = new Pbf()
  pbf.writeMessage(
    1,
    (_, out) => {
      out.writeStringField(1, name)
      out.writeStringField(2, `${start}-${start + 255}`)
      for (const glyph of glyphs) {
        out.writeMessage(
          3,
          (g, o) => {
            o.writeVarintField(1, g.id)
            if (g.bitmap.length > 0) o.writeBytesField(2, g.bitmap)
            o.writeVarintField(3, g.width)
            o.writeVarintField(4, g.height)
            o.writeSVarintField(5, g.left)
            o.writeSVarintField(6, g.top)
            o.writeVarintField(7, g.advance)
          },
          glyph,
        )
      }
    },
    null,
  )
  return Buffer.from(pbf.finish())
}

export async function buildGlyphs(require, outDir) {
  const { createCanvas, GlobalFonts } = require('@napi-rs/canvas')
  const Pbf = require('pbf')
  const fontFile = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')
  const tinySdfUrl = pathToFileURL(require.resolve('@mapbox/tiny-sdf')).href
  const { default: TinySDF } = await import(tinySdfUrl)
  GlobalFonts.registerFromPath(fontFile, 'Noto Sans Build')

  class SkiaSDF extends TinySDF {
    _createCanvas(size) {
      return createCanvas(size, size)
    }
  }
  const sdf = new SkiaSDF({
    fontSize: FONT_SIZE,
    buffer: BUFFER,
    radius: 8,
    cutoff: 0.25,
    fontFamily: 'Noto Sans Build',
  })

  const dir = path.join(outDir, FONTSTACK)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  for (const start of GLYPH_RANGES) {
    const glyphs = []
    for (let id = start; id < start + 256; id++) {
      const char = String.fromCodePoint(id)
      // Control characters and unassigned code points: no glyph, maplibre-gl skips them.
      if (/\p{Cc}|\p{Cn}|\p{Cs}/u.test(char)) continue
      const g = sdf.draw(char)
      glyphs.push({
        id,
        bitmap: Buffer.from(g.data),
        width: g.glyphWidth,
        height: g.glyphHeight,
        left: g.glyphLeft,
        top: Math.round(g.glyphTop - TOP_ADJUSTMENT),
        advance: Math.round(g.glyphAdvance),
      })
    }
    const file = encodeRange(Pbf, FONTSTACK, start, glyphs)
    writeFileSync(path.join(dir, `${start}-${start + 255}.pbf`), file)
    bytes += file.length
  }
  return `public/map/glyphs/${FONTSTACK}: ${GLYPH_RANGES.length} ranges, ${(bytes / 1024).toFixed(1)} KB`
}
