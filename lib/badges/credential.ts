import { createLocalJWKSet, errors, type JSONWebKeySet, jwtVerify, SignJWT } from 'jose'

import type { SigningKey } from './signingKey'

/**
 * Open Badges 3.0 credentials: a W3C Verifiable Credential (data model 2.0) of type OpenBadgeCredential,
 * secured as a VC-JWT (VC-JOSE-COSE: the JWT's claims are the credential itself, media type vc+jwt),
 * signed with EdDSA (Ed25519). Pure apart from the key handed in: no database, no request.
 */
export const credentialContexts = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const

export const credentialMediaType = 'application/vc+jwt'

/** What was achieved, in the credential's language. `key` names it for good: `theme-3-level-1`, `parcours-7`. */
export type AchievementText = { key: string; name: string; description: string; criteria: string }

export type CredentialInput = {
  /** The public origin (lib/http/origin.ts): the issuer's and the verification page's URLs start with it. */
  origin: string
  /** The badge's public id (a random UUID): the credential's id is `urn:uuid:<id>`. */
  publicId: string
  /** The public verification page in the credential's language. */
  verificationUrl: string
  issuedAt: Date
  lang: string
  achievement: AchievementText
  /** The structure it was earned in, if any: said in the achievement's criteria, not as the issuer. */
  issuerName: string
}

export const issuerUrl = (origin: string) => `${origin}/api/open-badges/issuer`
export const jwksUrl = (origin: string) => `${origin}/api/open-badges/jwks.json`

/** The issuer's Open Badges Profile, published at issuerUrl(). */
export function issuerProfile(origin: string, name: string) {
  return {
    '@context': [...credentialContexts],
    id: issuerUrl(origin),
    type: ['Profile'],
    name,
    url: origin,
  }
}

export function buildCredential(input: CredentialInput) {
  const { origin, achievement } = input
  return {
    '@context': [...credentialContexts],
    id: `urn:uuid:${input.publicId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: { id: issuerUrl(origin), type: ['Profile'], name: input.issuerName, url: origin },
    validFrom: input.issuedAt.toISOString(),
    // No name, e-mail or account id of the learner: the credential is theirs to hand over, and the public page
    // shows their first name only if they chose to.
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: `urn:123digit:achievement:${achievement.key}`,
        type: ['Achievement'],
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteria },
        inLanguage: input.lang,
      },
    },
    evidence: [{ id: input.verificationUrl, type: ['Evidence'], name: achievement.name }],
  }
}

export type OpenBadgeCredential = ReturnType<typeof buildCredential>

/** The VC-JWT of a credential. Ed25519 signatures are deterministic: the same credential gives the same JWT. */
export async function signCredential(credential: OpenBadgeCredential, key: SigningKey): Promise<string> {
  return new SignJWT({ ...credential })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', cty: 'vc' })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setIssuedAt(new Date(credential.validFrom))
    .setNotBefore(new Date(credential.validFrom))
    .sign(key.privateKey)
}

export type Verification = { valid: true; credential: OpenBadgeCredential } | { valid: false }

/** Checks a VC-JWT's signature against a published key set (JWKS) and that it is an OpenBadgeCredential. */
export async function verifyCredential(jwt: string, jwks: JSONWebKeySet, now = new Date()): Promise<Verification> {
  try {
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
      algorithms: ['EdDSA'],
      typ: 'vc+jwt',
      currentDate: now,
    })
    const types = payload.type
    if (!Array.isArray(types) || !types.includes('OpenBadgeCredential')) return { valid: false }
    return { valid: true, credential: payload as unknown as OpenBadgeCredential }
  } catch (error) {
    // A bad signature, an unknown key, a malformed token: all mean "does not check", never an error page.
    if (error instanceof errors.JOSEError) return { valid: false }
    throw error
  }
}

export const publicKeySet = (key: SigningKey): JSONWebKeySet => ({ keys: [key.publicJwk] })
