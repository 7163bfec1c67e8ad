import { belgianProvinceOf, frenchCommunesOf, frenchDepartment } from '@/lib/geo/geocode'

/**
 * Where an activity took place, at the levels funders count by: country, region, province (Belgium) or
 * department (France), municipality. Derived on the server from a postcode (the activity's, or else its
 * structure's), never taken from the client. A Belgian municipality is identified by its postcode; a French one
 * by its INSEE code. Codes are ISO 3166-2 (BE-WNA, FR-59) so that they read the same in FR and NL.
 */
export type Territory = {
  country: 'BE' | 'FR'
  region: string
  province: string
  municipality: string
  municipalityName: string
}

type Named = { fr: string; nl: string }

export const belgianProvinces: Record<string, Named> = {
  'BE-BRU': { fr: 'Bruxelles-Capitale', nl: 'Brussel-Hoofdstad' },
  'BE-WBR': { fr: 'Brabant wallon', nl: 'Waals-Brabant' },
  'BE-VBR': { fr: 'Brabant flamand', nl: 'Vlaams-Brabant' },
  'BE-VAN': { fr: 'Anvers', nl: 'Antwerpen' },
  'BE-VLI': { fr: 'Limbourg', nl: 'Limburg' },
  'BE-WLG': { fr: 'Liège', nl: 'Luik' },
  'BE-WNA': { fr: 'Namur', nl: 'Namen' },
  'BE-WHT': { fr: 'Hainaut', nl: 'Henegouwen' },
  'BE-WLX': { fr: 'Luxembourg', nl: 'Luxemburg' },
  'BE-VWV': { fr: 'Flandre-Occidentale', nl: 'West-Vlaanderen' },
  'BE-VOV': { fr: 'Flandre-Orientale', nl: 'Oost-Vlaanderen' },
}

export const regions: Record<string, Named> = {
  'BE-BRU': { fr: 'Région de Bruxelles-Capitale', nl: 'Brussels Hoofdstedelijk Gewest' },
  'BE-WAL': { fr: 'Wallonie', nl: 'Wallonië' },
  'BE-VLG': { fr: 'Flandre', nl: 'Vlaanderen' },
  'FR-ARA': { fr: 'Auvergne-Rhône-Alpes', nl: 'Auvergne-Rhône-Alpes' },
  'FR-BFC': { fr: 'Bourgogne-Franche-Comté', nl: 'Bourgogne-Franche-Comté' },
  'FR-BRE': { fr: 'Bretagne', nl: 'Bretagne' },
  'FR-CVL': { fr: 'Centre-Val de Loire', nl: 'Centre-Val de Loire' },
  'FR-COR': { fr: 'Corse', nl: 'Corsica' },
  'FR-GES': { fr: 'Grand Est', nl: 'Grand Est' },
  'FR-HDF': { fr: 'Hauts-de-France', nl: 'Hauts-de-France' },
  'FR-IDF': { fr: 'Île-de-France', nl: 'Île-de-France' },
  'FR-NOR': { fr: 'Normandie', nl: 'Normandië' },
  'FR-NAQ': { fr: 'Nouvelle-Aquitaine', nl: 'Nouvelle-Aquitaine' },
  'FR-OCC': { fr: 'Occitanie', nl: 'Occitanie' },
  'FR-PDL': { fr: 'Pays de la Loire', nl: 'Pays de la Loire' },
  'FR-PAC': { fr: 'Provence-Alpes-Côte d’Azur', nl: 'Provence-Alpes-Côte d’Azur' },
  'FR-OM': { fr: 'Outre-mer', nl: 'Overzeese gebieden' },
}

/** French departments by region (2016 regions). Overseas departments are grouped. */
const frenchRegions: Record<string, string> = Object.fromEntries(
  Object.entries({
    'FR-ARA': '01 03 07 15 26 38 42 43 63 69 73 74',
    'FR-BFC': '21 25 39 58 70 71 89 90',
    'FR-BRE': '22 29 35 56',
    'FR-CVL': '18 28 36 37 41 45',
    'FR-COR': '2A 2B',
    'FR-GES': '08 10 51 52 54 55 57 67 68 88',
    'FR-HDF': '02 59 60 62 80',
    'FR-IDF': '75 77 78 91 92 93 94 95',
    'FR-NOR': '14 27 50 61 76',
    'FR-NAQ': '16 17 19 23 24 33 40 47 64 79 86 87',
    'FR-OCC': '09 11 12 30 31 32 34 46 48 65 66 81 82',
    'FR-PDL': '44 49 53 72 85',
    'FR-PAC': '04 05 06 13 83 84',
    'FR-OM': '971 972 973 974 976',
  }).flatMap(([region, departments]) => departments.split(' ').map((d) => [d, region])),
)

const belgianRegion = (province: string) =>
  province === 'BE-BRU' ? 'BE-BRU' : province.startsWith('BE-W') ? 'BE-WAL' : 'BE-VLG'

/** A postcode's territory, or null when it is not a postcode of that country. */
export async function territoryOf(country: unknown, postcode: unknown): Promise<Territory | null> {
  // Also called from a hook that runs before validation: anything but text is no postcode.
  if (typeof country !== 'string' || typeof postcode !== 'string') return null
  const code = postcode.trim()
  if (country === 'BE' && /^\d{4}$/.test(code)) {
    const province = await belgianProvinceOf(code)
    if (!province) return null
    return { country, region: belgianRegion(province), province, municipality: code, municipalityName: '' }
  }
  if (country === 'FR' && /^\d{5}$/.test(code)) {
    const department = frenchDepartment(code)
    const region = frenchRegions[department]
    if (!region) return null
    // A postcode can serve several communes: the first (the main one in La Poste's list) stands for it.
    const [commune] = await frenchCommunesOf(code)
    return {
      country,
      region,
      province: `FR-${department}`,
      municipality: commune?.inseeCode ?? code,
      municipalityName: commune?.name ?? '',
    }
  }
  return null
}

/** A province or department's name in a language (departments from the gazetteer, else the code). */
export function provinceName(code: string, locale: 'fr' | 'nl', departments: Map<string, string>): string {
  return belgianProvinces[code]?.[locale] ?? departments.get(code) ?? code
}
