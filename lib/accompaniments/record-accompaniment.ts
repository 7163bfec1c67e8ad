import { DomainError, invalid, notAllowed } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { isDay } from '@/lib/workshops/validation'
import type { Accompaniment } from '@/payload-types'

import { personCodeMaxLength } from './personCode'
import { territoryOf } from './territory'
import {
  activityKinds,
  administrativeThemes,
  ageBands,
  autonomyLevels,
  countries,
  devices,
  genders,
  isIn,
  levels,
  mediationThemes,
  places,
  referralTargets,
  situations,
  type ValueOf,
  type Vocabulary,
} from './vocabulary'

/** What the activity form sends (components/aidant/AccompanimentForm.tsx); empty strings for what was left out. */
export type AccompanimentInput = {
  kind: string
  /** A day, "2026-12-02". */
  date: string
  minutes: number
  themes: string[]
  procedures?: string[]
  devices?: string[]
  place?: string
  country?: string
  postcode?: string
  /** One-to-one: a workshop participant the aidant may see, or null (then an anonymous code, or nothing). */
  participant?: number | null
  personCode?: string
  /** Collective: a title, a level, how many took part, the known participants. */
  title?: string
  level?: string
  participantsCount?: number | null
  participants?: number[]
  workshop?: number | null
  gender?: string
  ageBand?: string
  situation?: string
  residencePostcode?: string
  firstTime?: string
  autonomy?: string
  referred?: boolean
  referredTo?: string
  notes?: string
}

/** An optional choice: '' is "not said", anything else must be one of the list. */
function choice<V extends Vocabulary>(list: V, value: string | undefined, name: string, errors: FieldErrors) {
  if (!value) return null
  if (isIn(list, value)) return value as ValueOf<V>
  errors[name] = 'invalid'
  return null
}

function choices<V extends Vocabulary>(list: V, values: string[] | undefined, name: string, errors: FieldErrors) {
  const kept = [...new Set(values ?? [])].filter((v) => v)
  if (kept.some((v) => !isIn(list, v))) errors[name] = 'invalid'
  return kept.filter((v): v is ValueOf<V> => isIn(list, v))
}

async function postcodeOf(country: string, postcode: string | undefined, name: string, errors: FieldErrors) {
  const code = postcode?.trim() ?? ''
  if (!code) return null
  if (await territoryOf(country, code)) return code
  errors[name] = country === 'FR' ? 'postcodeFr' : 'postcodeBe'
  return null
}

/**
 * An aidant logs one activity of their structure: one-to-one (a participant they may see, an anonymous code,
 * or nobody named) or collective (a workshop with its participants). Every field is checked here so the form
 * shows each mistake next to its field; the collection's hook then sets the aidant, the structure, the
 * learner's account and the territory from the server's knowledge, never from the input
 * (collections/Accompaniments/hooks/stampAccompaniment.ts).
 */
export async function recordAccompaniment({
  payload,
  actor,
  input,
}: UseCaseArgs<AccompanimentInput>): Promise<Result<Accompaniment>> {
  if (actor?.collection !== 'members' || actor.profile !== 'aidant') return fail(notAllowed())
  const errors: FieldErrors = {}
  const kind = choice(activityKinds, input.kind || 'individual', 'kind', errors) ?? 'individual'
  if (!isDay(input.date)) errors.date = input.date ? 'date' : 'required'
  if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 600) errors.minutes = 'minutes'
  const themes = choices(mediationThemes, input.themes, 'themes', errors)
  if (!themes.length) errors.themes = 'required'
  const country = choice(countries, input.country, 'country', errors) ?? 'BE'
  const collective = kind === 'collective'
  const count = input.participantsCount
  if (collective && count !== null && count !== undefined && (!Number.isInteger(count) || count < 1 || count > 500))
    errors.participantsCount = 'number'
  if (!actor.structure) errors.form = 'noStructure'
  const data = {
    kind,
    themes,
    procedures: choices(administrativeThemes, input.procedures, 'procedures', errors),
    devices: choices(devices, input.devices, 'devices', errors),
    place: choice(places, input.place, 'place', errors) ?? 'structure',
    country,
    postcode: await postcodeOf(country, input.postcode, 'postcode', errors),
    title: collective ? input.title?.trim().slice(0, 200) || null : null,
    level: collective ? choice(levels, input.level, 'level', errors) : null,
    participantsCount: collective ? (count ?? null) : null,
    beneficiary: collective
      ? {}
      : {
          gender: choice(genders, input.gender, 'gender', errors),
          ageBand: choice(ageBands, input.ageBand, 'ageBand', errors),
          situation: choice(situations, input.situation, 'situation', errors),
          residencePostcode: await postcodeOf(country, input.residencePostcode, 'residencePostcode', errors),
          firstTime: input.firstTime === 'yes' || input.firstTime === 'no' ? (input.firstTime as 'yes' | 'no') : null,
        },
    autonomy: collective ? null : choice(autonomyLevels, input.autonomy, 'autonomy', errors),
    referred: Boolean(input.referred),
    referredTo: input.referred ? choice(referralTargets, input.referredTo, 'referredTo', errors) : null,
    notes: input.notes?.trim().slice(0, 1000) || null,
  } as const
  // Read with the aidant's own rights: a participant they may not see is refused like one that does not exist.
  const participant = !collective && input.participant ? await visible(payload, actor, input.participant) : null
  if (!collective && input.participant && !participant) errors.form = 'notAllowed'
  // One answer with every field's error, as the form shows them all at once.
  if (Object.keys(errors).length)
    return fail(errors.form === 'notAllowed' ? new DomainError('not-allowed', errors) : invalid(errors))
  const personCode = participant ? null : input.personCode?.trim().slice(0, personCodeMaxLength) || null
  return resultOf(
    payload.create({
      collection: 'accompaniments',
      data: {
        ...data,
        date: new Date(`${input.date}T12:00:00Z`).toISOString(),
        minutes: input.minutes,
        participant: participant?.id ?? null,
        personCode: collective ? null : personCode,
        participants: collective ? (input.participants ?? []) : [],
        workshop: input.workshop ?? null,
        // Set again by the hook from the signed-in aidant: never trusted from the input.
        aidant: actor.id,
        structure: 0,
      },
      // The aidant's own rights decide (access/aidantWithStructure.ts); the hook checks workshop and participants.
      user: actor,
      overrideAccess: false,
    }),
    ['date', 'minutes', 'themes', 'participantsCount'],
  )
}

const visible = (payload: UseCaseArgs<unknown>['payload'], actor: UseCaseArgs<unknown>['actor'], id: number) =>
  payload.findByID({
    collection: 'workshop-participants',
    id,
    depth: 0,
    user: actor,
    overrideAccess: false,
    disableErrors: true,
  })
