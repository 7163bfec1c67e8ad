import { getLocale, getTranslations } from 'next-intl/server'

import type { FieldSpec, FormState } from '@/lib/forms/types'
import { structureOptions } from '@/lib/structures/options'
import { precisionKey } from '@/lib/structures/pinCheck'
import type { Structure } from '@/payload-types'

/**
 * The fields of the structure form, labelled in the visitor's language. With the saved structure, the pin
 * says how precisely its address was placed.
 */
export async function structureFields(structure?: Pick<Structure, 'locationPrecision'> | null): Promise<FieldSpec[]> {
  const [t, o, p, locale] = await Promise.all([
    getTranslations('structure.fields'),
    getTranslations('structureOptions'),
    getTranslations('structure.placement'),
    getLocale(),
  ])
  // Raw templates: the pin fills in {distance} and {city} as it moves.
  const template = (key: 'far' | 'near') => p.raw(key) as string
  const options = (group: keyof typeof structureOptions) =>
    structureOptions[group].map((value) => ({ value, label: o(`${group}.${value}` as 'type.cpas') }))
  return [
    { kind: 'input', name: 'name', label: t('name'), required: true, autoComplete: 'organization' },
    { kind: 'select', name: 'type', label: t('type'), required: true, options: options('type') },
    { kind: 'input', name: 'address', label: t('address'), required: true, autoComplete: 'street-address' },
    { kind: 'input', name: 'addressComplement', label: t('addressComplement') },
    {
      kind: 'input',
      name: 'postcode',
      label: t('postcode'),
      required: true,
      autoComplete: 'postal-code',
      inputMode: 'numeric',
    },
    { kind: 'input', name: 'city', label: t('city'), required: true, autoComplete: 'address-level2' },
    {
      kind: 'radios',
      name: 'country',
      label: t('country'),
      required: true,
      options: [
        { value: 'BE', label: t('countryBE') },
        { value: 'FR', label: t('countryFR') },
      ],
    },
    { kind: 'input', name: 'latitude', label: t('latitude'), inputMode: 'decimal', hint: t('coordinatesHint') },
    { kind: 'input', name: 'longitude', label: t('longitude'), inputMode: 'decimal' },
    {
      kind: 'pin',
      label: t('pin'),
      latitude: 'latitude',
      longitude: 'longitude',
      placement: {
        title: p('title'),
        precision: p(precisionKey(structure?.locationPrecision) ?? 'none'),
        far: template('far'),
        near: template('near'),
        locale,
        checkUrl: '/api/map/pin-check',
        address: { country: 'country', postcode: 'postcode', city: 'city' },
      },
    },
    {
      kind: 'checkboxes',
      name: 'audiences',
      label: t('audiences'),
      hint: t('audiencesHint'),
      options: options('audiences'),
    },
    {
      kind: 'checkboxes',
      name: 'specificSupport',
      label: t('specificSupport'),
      options: options('specificSupport'),
    },
    { kind: 'checkboxes', name: 'services', label: t('services'), options: options('services') },
    {
      kind: 'checkboxes',
      name: 'accompanimentModes',
      label: t('accompanimentModes'),
      options: options('accompanimentModes'),
    },
    { kind: 'checkboxes', name: 'fees', label: t('fees'), options: options('fees') },
    { kind: 'checkboxes', name: 'accessibility', label: t('accessibility'), options: options('accessibility') },
    {
      kind: 'hours',
      name: 'hours',
      label: t('openingHours'),
      hint: t('hoursHint'),
      days: options('days'),
      opensLabel: t('opens'),
      closesLabel: t('closes'),
    },
    { kind: 'input', name: 'phone', type: 'tel', label: t('phone'), autoComplete: 'tel', inputMode: 'tel' },
    { kind: 'input', name: 'email', type: 'email', label: t('email'), inputMode: 'email' },
    { kind: 'input', name: 'website', type: 'url', label: t('website'), inputMode: 'url' },
    { kind: 'textarea', name: 'description', label: t('description'), hint: t('descriptionHint') },
    { kind: 'input', name: 'pivot', label: t('pivot'), hint: t('pivotHint'), inputMode: 'numeric' },
  ]
}

/** A saved structure as form values (the inverse of parseStructureForm). */
export function structureValues(structure: Structure): FormState['values'] {
  const values: FormState['values'] = {
    name: structure.name,
    type: structure.type,
    address: structure.address,
    postcode: structure.postcode,
    addressComplement: structure.addressComplement ?? '',
    city: structure.city,
    country: structure.country,
    latitude: structure.latitude?.toString() ?? '',
    longitude: structure.longitude?.toString() ?? '',
    audiences: structure.audiences ?? [],
    specificSupport: structure.specificSupport ?? [],
    services: structure.services ?? [],
    accompanimentModes: structure.accompanimentModes ?? [],
    fees: structure.fees ?? [],
    accessibility: structure.accessibility ?? [],
    phone: structure.phone ?? '',
    email: structure.email ?? '',
    website: structure.website ?? '',
    description: structure.description ?? '',
    pivot: structure.pivot ?? '',
  }
  for (const { day, opens, closes } of structure.openingHours ?? []) {
    values[`hours.${day}.opens`] = opens
    values[`hours.${day}.closes`] = closes
  }
  return values
}
