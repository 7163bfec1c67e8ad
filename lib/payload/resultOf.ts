import { fail, ok, type Result } from '@/lib/result'

import { refusalOf } from './errors'

/**
 * A write the access layer or a field may refuse, as a use case's result: a refusal (lib/payload/errors.ts
 * `refusalOf`, errors landing on `fields`) becomes a failed result; any other error is a real fault and goes on.
 */
export async function resultOf<T>(write: Promise<T>, fields: readonly string[] = []): Promise<Result<T>> {
  try {
    return ok(await write)
  } catch (error) {
    const refused = refusalOf(error, fields)
    if (!refused) throw error
    return fail(refused)
  }
}
