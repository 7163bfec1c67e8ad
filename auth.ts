import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'

import { authenticate, type AuthFailure } from './lib/auth/authenticate'
import { memberClaims } from './lib/auth/claims'
import { getPayloadClient } from './lib/payload/client'

/** Carries why a sign-in failed (wrong password, locked account, rate limit) to the sign-in form. */
class SignInError extends CredentialsSignin {
  constructor(code: AuthFailure) {
    super()
    this.code = code
  }
}

/**
 * Members sign in on the site through next-auth: a Credentials provider checked against Payload, and a JWT
 * session. Each time the session is read, its claims are refreshed from the database, so a structure
 * change or a deleted account shows at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: process.env.AUTH_SECRET || process.env.PAYLOAD_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 14 * 24 * 3600 },
  pages: { signIn: '/fr/connexion' },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const ip = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local'
        const result = await authenticate(
          await getPayloadClient(),
          String(credentials.identifier ?? ''),
          String(credentials.password ?? ''),
          ip,
        )
        if (!result.ok) throw new SignInError(result.reason)
        return { id: String(result.member.id), name: result.member.name }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const id = Number(user?.id ?? token.sub)
      const claims = Number.isInteger(id) ? await memberClaims(await getPayloadClient(), id) : null
      return claims ? { ...token, sub: String(id), name: claims.name, member: claims } : null
    },
    session({ session, token }) {
      return { ...session, member: token.member }
    },
  },
})
