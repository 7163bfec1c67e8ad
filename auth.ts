import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'

import { authenticate, type AuthFailure } from './lib/auth/authenticate'
import { refreshSession } from './lib/auth/claims'
import { clientIpFrom, trustedProxies } from './lib/http/clientIpRule'
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
 * change or a deleted account shows at once, and a session older than the last password change ends.
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
        const ip = clientIpFrom(request.headers, trustedProxies())
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
      const session = await refreshSession(await getPayloadClient(), {
        id: user?.id ?? token.sub,
        signingIn: Boolean(user),
        tokenVersion: token.sessionVersion,
      })
      if (!session) return null
      const { claims, sessionVersion } = session
      return { ...token, sub: String(claims.id), name: claims.name, member: claims, sessionVersion }
    },
    session({ session, token }) {
      return { ...session, member: token.member }
    },
  },
})
