import type { MemberClaims } from '@/lib/auth/claims'

declare module 'next-auth' {
  interface Session {
    member?: MemberClaims
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    member?: MemberClaims
    /** The account's session version at sign-in (lib/auth/claims.ts). */
    sessionVersion?: number
  }
}
