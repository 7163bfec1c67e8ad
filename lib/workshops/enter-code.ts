import { wrongCodesByIp } from '@/lib/auth/rateLimit'
import { invalid } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { isWrongCode, joinWorkshop, type JoinInput, type Joined } from './join-workshop'
import { looksLikePersonalCode } from './personalCode'
import { redeemPersonalCode, type Redeemed } from './redeem-personal-code'

export type EnterCodeInput = JoinInput & {
  /** The client's address (lib/http/clientIp.ts), for the limit. */ ip: string
}
export type Entered = ({ kind: 'joined' } & Joined) | ({ kind: 'reopened' } & Redeemed)

/**
 * What a learner types on /code: a workshop code (6 characters) joins the workshop; a personal code (10)
 * reopens that participant's progress. Wrong codes of both kinds count together against the client's
 * address (lib/auth/rateLimit.ts, in Redis when instances share it): only wrong ones, so a whole room joining
 * from one public address is never blocked, and a guesser gains nothing by switching kinds.
 */
export async function enterCode({
  payload,
  actor,
  input,
  now = new Date(),
}: UseCaseArgs<EnterCodeInput> & { now?: Date }): Promise<Result<Entered>> {
  const { ip, ...join } = input
  if (await wrongCodesByIp.exhausted(ip)) return fail(invalid({ code: 'rateLimited' }))
  const result: Result<Entered> = looksLikePersonalCode(join.code)
    ? mark('reopened', await redeemPersonalCode({ payload, actor, input: { code: join.code }, now }))
    : mark('joined', await joinWorkshop({ payload, actor, input: join, now }))
  if (!result.ok && isWrongCode(result.error)) await wrongCodesByIp.take(ip)
  return result
}

function mark<K extends Entered['kind'], T extends object>(kind: K, result: Result<T>): Result<{ kind: K } & T> {
  return result.ok ? ok({ kind, ...result.value }) : result
}
