import type { ReactNode } from 'react'

import { FieldError } from '@/components/ui/FieldError'

/** The error shown next to a question's field when the learner checks without answering. */
export function MissingAnswer({ id, message }: { id: string; message: ReactNode }) {
  return (
    <FieldError id={id} role="alert" className="mt-2">
      {message}
    </FieldError>
  )
}
