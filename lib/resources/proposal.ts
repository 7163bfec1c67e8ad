import { lengths } from '@/fields/lengths'
import { levelOptions } from '@/fields/level'
import { checkRequiredText } from '@/lib/forms/checks'
import type { FieldErrors } from '@/lib/forms/types'
import { isHttpUrl } from '@/lib/http/url'

import { proposableLicences } from './licences'

/** What an aidant types in "Proposer une ressource" (the file is checked apart: lib/resources/fileCheck.ts). */
export type ProposalInput = {
  title: string
  description: string
  theme: string
  level: string
  audience: string
  licence: string
  url: string
  hasFile: boolean
  attributePerson: boolean
  attributeStructure: boolean
}

/** Error keys per field (messages `forms.errors.*`); empty when the proposal may be stored. Pure. */
export function checkProposal(input: ProposalInput, themeIds: readonly string[], hasStructure: boolean): FieldErrors {
  const errors: FieldErrors = {}
  checkRequiredText(errors, 'title', input.title, lengths.title)
  checkRequiredText(errors, 'description', input.description, lengths.summary)
  if (!themeIds.includes(input.theme)) errors.theme = 'required'
  if (!levelOptions.some((o) => o.value === input.level)) errors.level = 'required'
  if (input.audience.length > lengths.shortText) errors.audience = 'tooLong'
  if (!(proposableLicences as readonly string[]).includes(input.licence)) errors.licence = 'required'
  if (input.url && input.hasFile) errors.url = 'linkOrFileBoth'
  else if (input.url && !isHttpUrl(input.url)) errors.url = 'url'
  else if (input.url.length > lengths.url) errors.url = 'tooLong'
  else if (!input.url && !input.hasFile) errors.url = 'linkOrFile'
  if (input.attributeStructure && !hasStructure) errors.attribution = 'notAllowed'
  else if (!input.attributePerson && !input.attributeStructure) errors.attribution = 'attribution'
  return errors
}
