import type { Payload } from 'payload'

import type { Member, User } from '@/payload-types'

/**
 * Who acts: a signed-in member (aidant or apprenant), a staff user, or nobody (null). Use cases write with
 * `overrideAccess: false` and `user: actor`, so the access layer (access/, collections/) decides; a system
 * write says why in a comment.
 */
export type Actor = (Member & { collection: 'members' }) | (User & { collection: 'users' }) | null

/** Every use case is a function of this: the Payload instance, who acts, and what they asked for. */
export type UseCaseArgs<I> = { payload: Payload; actor: Actor; input: I }
