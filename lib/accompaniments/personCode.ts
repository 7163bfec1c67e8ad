import { lengths } from '@/fields/lengths'

/**
 * The longest anonymous code an aidant gives a person they accompanied: the form keeps that many characters
 * (lib/accompaniments/record-accompaniment.ts) and the collection refuses longer (collections/Accompaniments/index.ts).
 */
export const personCodeMaxLength = lengths.code
