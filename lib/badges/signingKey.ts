import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto'

import { calculateJwkThumbprint, type JWK } from 'jose'

/** The key badges are signed with, its public half as a JWK, and that key's id (its RFC 7638 thumbprint). */
export type SigningKey = { privateKey: KeyObject; publicJwk: JWK & { kid: string }; kid: string }

// PKCS#8 DER prefix of an Ed25519 private key: the 32-byte seed follows (RFC 8410).
const ed25519Pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex')

/**
 * BADGES_SIGNING_KEY when set (an Ed25519 private JWK as JSON, or a PKCS#8 PEM), else a key derived from
 * PAYLOAD_SECRET with HKDF: every instance that shares the secret signs with the same key, with no extra
 * setup and nothing to store (docs/adr/0021-badges-open-badges-vc-jwt.md). Throws on a key that is not Ed25519.
 */
export function privateKeyFrom(env: { BADGES_SIGNING_KEY?: string; PAYLOAD_SECRET?: string }): KeyObject {
  const configured = env.BADGES_SIGNING_KEY?.trim()
  let key: KeyObject
  if (configured) {
    key = configured.startsWith('{')
      ? createPrivateKey({ key: JSON.parse(configured) as never, format: 'jwk' })
      : createPrivateKey(configured.replace(/\\n/g, '\n'))
  } else {
    if (!env.PAYLOAD_SECRET) throw new Error('PAYLOAD_SECRET or BADGES_SIGNING_KEY is needed to sign badges')
    // The info string names the purpose and a version: another use of the secret never yields this key,
    // and a rotation is a new version string.
    const seed = Buffer.from(hkdfSync('sha256', env.PAYLOAD_SECRET, '123digit', 'badges-signing-key-v1', 32))
    key = createPrivateKey({ key: Buffer.concat([ed25519Pkcs8Prefix, seed]), format: 'der', type: 'pkcs8' })
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('BADGES_SIGNING_KEY must be an Ed25519 private key')
  return key
}

export async function signingKeyOf(privateKey: KeyObject): Promise<SigningKey> {
  const { kty, crv, x } = createPublicKey(privateKey).export({ format: 'jwk' })
  const bare = { kty: kty!, crv: crv!, x: x! }
  const kid = await calculateJwkThumbprint(bare)
  return { privateKey, kid, publicJwk: { ...bare, kid, alg: 'EdDSA', use: 'sig' } }
}

let current: Promise<SigningKey> | null = null

/** This process's signing key, read from the environment once (it is the same on every instance). */
export function signingKey(): Promise<SigningKey> {
  current ??= signingKeyOf(
    privateKeyFrom({ BADGES_SIGNING_KEY: process.env.BADGES_SIGNING_KEY, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }),
  )
  return current
}
