import { beforeAll, describe, expect, it } from 'vitest'

import { loadGazetteer, type Language } from '@/lib/geo/gazetteer'
import { distance } from '@/lib/geo/geocode'
import { searchPlaces } from '@/lib/geo/search'

/**
 * The gazetteer evaluation of issue 19: what people type in "près de…" and the place they mean. Expected:
 * the NIS (Belgium) or INSEE (France) code of the first answer, its kind, and its position within a
 * tolerance of a reference point (Wikipedia's coordinates of the place, rounded).
 */
type Case = {
  query: string
  language?: Language
  code: string
  name?: string
  at: [number, number]
  km?: number
  street?: string
}

const BRUSSELS: Case[] = [
  ['Anderlecht', 'Anderlecht', '21001', [4.31, 50.84]],
  ['Auderghem', 'Oudergem', '21002', [4.43, 50.82]],
  ['Berchem-Sainte-Agathe', 'Sint-Agatha-Berchem', '21003', [4.29, 50.86]],
  ['Bruxelles', 'Brussel', '21004', [4.35, 50.85]],
  ['Etterbeek', 'Etterbeek', '21005', [4.39, 50.83]],
  ['Evere', 'Evere', '21006', [4.4, 50.87]],
  ['Forest', 'Vorst', '21007', [4.32, 50.81]],
  ['Ganshoren', 'Ganshoren', '21008', [4.31, 50.87]],
  ['Ixelles', 'Elsene', '21009', [4.37, 50.83]],
  ['Jette', 'Jette', '21010', [4.33, 50.88]],
  ['Koekelberg', 'Koekelberg', '21011', [4.33, 50.86]],
  ['Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek', '21012', [4.32, 50.85]],
  ['Saint-Gilles', 'Sint-Gillis', '21013', [4.34, 50.83]],
  ['Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node', '21014', [4.37, 50.85]],
  ['Schaerbeek', 'Schaarbeek', '21015', [4.37, 50.87]],
  ['Uccle', 'Ukkel', '21016', [4.34, 50.8]],
  ['Watermael-Boitsfort', 'Watermaal-Bosvoorde', '21017', [4.42, 50.8]],
  ['Woluwe-Saint-Lambert', 'Sint-Lambrechts-Woluwe', '21018', [4.43, 50.85]],
  ['Woluwe-Saint-Pierre', 'Sint-Pieters-Woluwe', '21019', [4.44, 50.83]],
].flatMap(([fr, nl, code, at]) => [
  {
    query: fr as string,
    language: 'fr' as const,
    code: code as string,
    name: fr as string,
    at: at as [number, number],
  },
  {
    query: nl as string,
    language: 'nl' as const,
    code: code as string,
    name: nl as string,
    at: at as [number, number],
  },
])

const CASES: Case[] = [
  ...BRUSSELS,
  // Spellings and abbreviations.
  { query: 'BXL', code: '21004', at: [4.35, 50.85] },
  { query: 'Brussels', code: '21004', at: [4.35, 50.85] },
  { query: 'bruxelles', language: 'nl', code: '21004', name: 'Brussel', at: [4.35, 50.85] },
  { query: 'St-Gilles', code: '21013', at: [4.34, 50.83] },
  { query: 'Sint Gillis', language: 'nl', code: '21013', at: [4.34, 50.83] },
  { query: 'IXELLES', code: '21009', at: [4.37, 50.83] },
  // Flemish cities in French.
  { query: 'Anvers', code: '11002', name: 'Anvers', at: [4.4, 51.22], km: 4 },
  { query: 'Gand', code: '44021', at: [3.72, 51.05], km: 4 },
  { query: 'Bruges', code: '31005', at: [3.22, 51.21], km: 4 },
  { query: 'Courtrai', code: '34022', at: [3.26, 50.83], km: 4 },
  { query: 'Louvain', code: '24062', at: [4.7, 50.88], km: 4 },
  { query: 'Malines', code: '12025', at: [4.48, 51.03], km: 4 },
  { query: 'Ostende', code: '35013', at: [2.92, 51.22], km: 4 },
  { query: 'Hasselt', code: '71022', at: [5.33, 50.93], km: 4 },
  // Walloon and Brussels places in Dutch.
  { query: 'Luik', language: 'nl', code: '62063', name: 'Luik', at: [5.57, 50.63], km: 4 },
  { query: 'Namen', language: 'nl', code: '92094', at: [4.87, 50.47], km: 4 },
  { query: 'Bergen', language: 'nl', code: '53053', at: [3.95, 50.45], km: 4 },
  { query: 'Doornik', language: 'nl', code: '57081', at: [3.39, 50.61], km: 4 },
  { query: 'Nijvel', language: 'nl', code: '25072', at: [4.32, 50.6], km: 4 },
  { query: 'Waver', language: 'nl', code: '25112', at: [4.61, 50.72], km: 4 },
  { query: 'Aarlen', language: 'nl', code: '81001', at: [5.82, 49.68], km: 4 },
  // German-speaking municipalities.
  { query: 'Eupen', code: '63023', at: [6.04, 50.63], km: 4 },
  { query: 'Sankt Vith', code: '63067', at: [6.13, 50.28], km: 4 },
  { query: 'St. Vith', code: '63067', at: [6.13, 50.28], km: 4 },
  { query: 'Kelmis', code: '63040', at: [6.01, 50.72], km: 4 },
  { query: 'La Calamine', code: '63040', at: [6.01, 50.72], km: 4 },
  { query: 'Bütgenbach', code: '63013', at: [6.2, 50.42], km: 4 },
  { query: 'Lüttich', code: '62063', at: [5.57, 50.63], km: 4 },
  // Sub-municipalities.
  { query: 'Jambes', code: '92094', name: 'Jambes', at: [4.87, 50.46], km: 2 },
  { query: 'Wilrijk', code: '11002', name: 'Wilrijk', at: [4.39, 51.17], km: 2 },
  { query: 'Jupille', code: '62063', name: 'Jupille-sur-Meuse', at: [5.63, 50.64], km: 2 },
  { query: 'Deurne', code: '11002', name: 'Deurne', at: [4.47, 51.22], km: 2 },
  { query: 'Marcinelle', code: '52011', name: 'Marcinelle', at: [4.44, 50.39], km: 2 },
  { query: 'Gentbrugge', code: '44021', name: 'Gentbrugge', at: [3.76, 51.04], km: 2 },
  { query: 'Laeken', code: '21004', name: 'Laeken', at: [4.35, 50.88], km: 2 },
  // Nord and Pas-de-Calais.
  { query: 'Roubaix', code: '59512', at: [3.18, 50.69], km: 4 },
  { query: 'Tourcoing', code: '59599', at: [3.16, 50.72], km: 4 },
  { query: "Villeneuve-d'Ascq", code: '59009', at: [3.14, 50.62], km: 4 },
  { query: 'Lens', code: '62498', at: [2.83, 50.43], km: 4 },
  { query: 'Arras', code: '62041', at: [2.78, 50.29], km: 4 },
  { query: 'Calais', code: '62193', at: [1.86, 50.95], km: 4 },
  { query: 'Dunkerque', code: '59183', at: [2.38, 51.03], km: 6 },
  { query: 'Boulogne-sur-Mer', code: '62160', at: [1.61, 50.73], km: 4 },
  // Ambiguous names: the ranking of the ADR.
  { query: 'Lille', language: 'fr', code: '59350', at: [3.06, 50.63], km: 4 },
  { query: 'Lille', language: 'nl', code: '13019', at: [4.82, 51.24], km: 4 },
  { query: 'Lille, France', language: 'nl', code: '59350', at: [3.06, 50.63], km: 4 },
  { query: 'Lille 59000', language: 'nl', code: '59350', at: [3.06, 50.63], km: 4 },
  { query: 'Saint-Gilles', language: 'fr', code: '21013', at: [4.34, 50.83] },
  { query: 'Hamme', code: '42008', at: [4.14, 51.1], km: 4 },
  { query: 'Hamme, 1785', code: '23052', name: 'Hamme', at: [4.28, 50.92], km: 2 },
  // Postcodes.
  { query: '1000', code: '21004', at: [4.35, 50.85] },
  { query: '1060', code: '21013', at: [4.34, 50.83] },
  { query: '4000', code: '62063', at: [5.57, 50.63], km: 6 },
  { query: '5100', code: '92094', at: [4.87, 50.46], km: 5 },
  { query: '59000', code: '59350', at: [3.06, 50.63], km: 4 },
  { query: '62000', code: '62041', at: [2.78, 50.29], km: 4 },
  // Addresses: the street is kept, the place named after it gives the position.
  { query: 'Rue de Fer 25, Namur', code: '92094', at: [4.87, 50.47], km: 4, street: 'Rue de Fer 25' },
  {
    query: 'Rue de Dave 12, 5100 Jambes',
    code: '92094',
    name: 'Jambes',
    at: [4.87, 50.46],
    km: 2,
    street: 'Rue de Dave 12',
  },
  { query: 'Kerkstraat 1 Wilrijk', code: '11002', name: 'Wilrijk', at: [4.39, 51.17], km: 2, street: 'Kerkstraat 1' },
  { query: 'Rue Nationale 1, 59000 Lille', code: '59350', at: [3.06, 50.63], km: 4, street: 'Rue Nationale 1' },
  {
    query: 'Grote Markt 1, 2000 Antwerpen',
    language: 'nl',
    code: '11002',
    at: [4.4, 51.22],
    km: 4,
    street: 'Grote Markt 1',
  },
]

describe('gazetteer evaluation (issue 19)', () => {
  // The first load transforms and indexes 2 MB of JSON: longer than a test's default timeout on a busy machine.
  beforeAll(() => loadGazetteer(), 60_000)

  it('has at least 60 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60)
  })

  it.each(CASES.map((c) => [`${c.query} (${c.language ?? 'fr'})`, c] as const))('%s', async (_, c) => {
    const [best] = searchPlaces(await loadGazetteer(), c.query, c.language ?? 'fr', 5)
    expect(best, c.query).toBeDefined()
    expect(best!.code).toBe(c.code)
    if (c.name) expect(best!.name).toBe(c.name)
    if (c.street) expect(best!.street).toBe(c.street)
    expect(distance(best!.longitude, best!.latitude, c.at[0], c.at[1])).toBeLessThan(c.km ?? 2)
  })
})
