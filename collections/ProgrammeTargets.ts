import type { CollectionConfig, Field } from 'payload'

import { isStaff } from '@/access/isStaff'
import { lengths } from '@/fields/lengths'
import { regions } from '@/lib/accompaniments/territory'

const target = (name: string, label: { fr: string; nl: string }): Field => ({ name, type: 'number', min: 0, label })

/**
 * A funded programme's targets (Cross&Le@rn: aidants trained, accompaniments…), for the whole programme or one
 * partner territory; the platform statistics show progress towards them (lib/statistics/targets.ts). Staff only.
 */
export const ProgrammeTargets: CollectionConfig = {
  slug: 'programme-targets',
  labels: {
    singular: { fr: 'Objectif de programme', nl: 'Programmadoelstelling' },
    plural: { fr: 'Objectifs de programme', nl: 'Programmadoelstellingen' },
  },
  admin: {
    useAsTitle: 'programme',
    defaultColumns: ['programme', 'territory', 'from', 'to', 'aidantsTrained', 'accompaniments'],
    group: { fr: 'Statistiques', nl: 'Statistieken' },
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    {
      name: 'programme',
      type: 'text',
      maxLength: lengths.title,
      required: true,
      label: { fr: 'Programme', nl: 'Programma' },
    },
    {
      name: 'territory',
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: [
        { value: 'all', label: { fr: 'Tout le programme', nl: 'Het hele programma' } },
        ...Object.entries(regions).map(([value, label]) => ({ value, label })),
      ],
      label: { fr: 'Territoire', nl: 'Gebied' },
    },
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'date', required: true, label: { fr: 'Du', nl: 'Van' } },
        { name: 'to', type: 'date', required: true, label: { fr: 'Au', nl: 'Tot' } },
      ],
    },
    target('aidantsTrained', { fr: 'Aidants formés', nl: 'Opgeleide digihelpers' }),
    target('accompaniments', { fr: 'Accompagnements', nl: 'Begeleidingen' }),
    target('structures', { fr: 'Structures affiliées', nl: 'Aangesloten organisaties' }),
    target('learners', { fr: 'Personnes accompagnées', nl: 'Begeleide personen' }),
    target('newsletterReaders', { fr: 'Lecteurs de l’infolettre', nl: 'Lezers van de nieuwsbrief' }),
  ],
}
