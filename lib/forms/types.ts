/** Error keys (messages `forms.errors.*`) per field (`form` for the whole form); empty when all is valid. */
export type FieldErrors = Record<string, string>

/** What a server action returns to its form: the values to show again, and errors per field (translated). */
export type FormState = {
  values: Record<string, string | string[]>
  errors: Record<string, string>
  status?: 'ok' | 'error'
  message?: string
}

export const emptyForm: FormState = { values: {}, errors: {} }

export type FieldOption = { value: string; label: string }

export type FieldSpec =
  | {
      kind: 'input'
      name: string
      label: string
      type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'number' | 'date'
      autoComplete?: string
      required?: boolean
      hint?: string
      inputMode?: 'text' | 'email' | 'numeric' | 'decimal' | 'tel' | 'url'
    }
  | { kind: 'textarea'; name: string; label: string; required?: boolean; hint?: string }
  | { kind: 'select'; name: string; label: string; required?: boolean; options: FieldOption[]; hint?: string }
  | { kind: 'radios'; name: string; label: string; required?: boolean; options: FieldOption[]; hint?: string }
  | { kind: 'checkboxes'; name: string; label: string; required?: boolean; options: FieldOption[]; hint?: string }
  | { kind: 'checkbox'; name: string; label: string; required?: boolean }
  /** A file input: browsers never let a page fill it again, so after an error the hint says to choose it again. */
  | { kind: 'file'; name: string; label: string; accept: string; required?: boolean; hint?: string }
  | {
      kind: 'hours'
      name: string
      label: string
      hint?: string
      days: FieldOption[]
      opensLabel: string
      closesLabel: string
    }
  | { kind: 'hidden'; name: string; value: string }
  | { kind: 'heading'; label: string }
  /** Optional fields folded under a summary, opened when one of them has an error or a value. */
  | { kind: 'details'; label: string; fields: FieldSpec[] }
  /** A trap for spam robots: hidden from people and assistive technologies, filled in by bots. */
  | { kind: 'honeypot'; name: string; label: string }
  /** A small map whose pin writes into two coordinate inputs of the same form (loaded only where used). */
  | { kind: 'pin'; label: string; latitude: string; longitude: string; placement?: PinPlacementLabels }

/**
 * What the structure form's pin says about its placement: how precisely the saved address was placed, and
 * the texts of the "> 2 km from the municipality" check ({distance}, {city}), asked to `checkUrl` as it moves.
 */
export type PinPlacementLabels = {
  title: string
  precision: string
  far: string
  near: string
  locale: string
  checkUrl: string
  /** The fields of the address the check reads, by name. */
  address: { country: string; postcode: string; city: string }
}

export type FormLabels = { required: string; optional: string; fixErrors: string }
