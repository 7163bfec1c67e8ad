// The gazetteer's cost (data/geo/places.json, lib/geo/gazetteer.ts): its size on disk, raw and gzipped, the
// heap it holds once loaded and indexed, and the time of one "près de" search in the process. A report, not a
// test. Usage: npm run bench:gazetteer (the HTTP figures at 10 connections are in npm run bench:map).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { indexGazetteer, type PlacesData } from '@/lib/geo/gazetteer'
import { searchPlaces } from '@/lib/geo/search'

const file = path.resolve('data/geo/places.json')
const heapMB = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 2 ** 20
}
if (!globalThis.gc) console.warn('Run with --expose-gc for the heap figures.')

const text = readFileSync(file)
const before = heapMB()
let started = performance.now()
const data = JSON.parse(text.toString('utf8')) as PlacesData
const parseMs = performance.now() - started
const parsed = heapMB()
started = performance.now()
const gazetteer = indexGazetteer(data)
const indexMs = performance.now() - started
const indexed = heapMB()

const queries = [
  'Bruxelles',
  'Brussel',
  'Lille',
  'Saint-Gilles',
  '5100',
  '59000',
  'Rue de Dave 12, 5100 Jambes',
  'Kerkstraat 1 Wilrijk',
  'Lille, France',
  'Atlantide',
]
const times: number[] = []
for (let round = 0; round < 200; round++) {
  for (const query of queries) {
    const t = performance.now()
    searchPlaces(gazetteer, query, round % 2 ? 'nl' : 'fr', 6)
    times.push(performance.now() - t)
  }
}
times.sort((a, b) => a - b)
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!

console.log(
  `places: ${gazetteer.places.length} (${gazetteer.byKey.size} names, ${gazetteer.byPostcode.size} postcodes)`,
)
console.table([
  { figure: 'on disk, raw', value: `${(text.length / 1024).toFixed(1)} KB` },
  { figure: 'on disk, gzip -9', value: `${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB` },
  { figure: 'heap after JSON.parse', value: `${(parsed - before).toFixed(1)} MB (${parseMs.toFixed(0)} ms)` },
  { figure: 'heap after indexing', value: `${(indexed - before).toFixed(1)} MB (+${indexMs.toFixed(0)} ms)` },
  { figure: 'searchPlaces median', value: `${at(50).toFixed(3)} ms` },
  { figure: 'searchPlaces p95', value: `${at(95).toFixed(3)} ms` },
])
// Keep the data alive until the figures are read.
if (gazetteer.places.length === 0) process.exitCode = 1
