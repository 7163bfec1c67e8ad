import { generateKeyPairSync } from 'node:crypto'

import { decodeProtectedHeader, exportJWK } from 'jose'
import { describe, expect, it } from 'vitest'

import { buildCredential, publicKeySet, signCredential, verifyCredential } from '@/lib/badges/credential'
import { privateKeyFrom, signingKeyOf } from '@/lib/badges/signingKey'

const input = {
  origin: 'https://123digit.example',
  publicId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  verificationUrl: 'https://123digit.example/fr/badges/0f8fad5b-d9cb-469f-a165-70867728950e',
  issuedAt: new Date('2026-12-02T10:00:00Z'),
  lang: 'fr',
  issuerName: '123Digit',
  achievement: { key: 'theme-3-level-1', name: 'Internet : niveau 1', description: 'd', criteria: 'c' },
}
const fromSecret = (secret: string) => signingKeyOf(privateKeyFrom({ PAYLOAD_SECRET: secret }))

describe('badge signing key', () => {
  it('is derived from PAYLOAD_SECRET the same way on every instance, and differs for another secret', async () => {
    const [a, b, other] = await Promise.all([fromSecret('s'.repeat(32)), fromSecret('s'.repeat(32)), fromSecret('t')])
    expect(a.publicJwk).toEqual(b.publicJwk)
    expect(a.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: a.kid })
    expect(a.publicJwk).not.toHaveProperty('d')
    expect(other.kid).not.toBe(a.kid)
  })

  it('takes BADGES_SIGNING_KEY as a JWK or a PKCS#8 PEM, and refuses a key that is not Ed25519', async () => {
    const { privateKey } = generateKeyPairSync('ed25519')
    const jwk = JSON.stringify(await exportJWK(privateKey))
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    const [fromJwk, fromPem] = await Promise.all([
      signingKeyOf(privateKeyFrom({ BADGES_SIGNING_KEY: jwk, PAYLOAD_SECRET: 'x' })),
      signingKeyOf(privateKeyFrom({ BADGES_SIGNING_KEY: pem })),
    ])
    expect(fromJwk.kid).toBe(fromPem.kid)
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    expect(() =>
      privateKeyFrom({ BADGES_SIGNING_KEY: rsa.export({ format: 'pem', type: 'pkcs8' }).toString() }),
    ).toThrow(/Ed25519/)
    expect(() => privateKeyFrom({})).toThrow(/PAYLOAD_SECRET/)
  })
})

describe('Open Badges 3.0 credential', () => {
  it('is an OpenBadgeCredential with the VC 2.0 and OB 3.0 contexts, and no personal data', () => {
    const credential = buildCredential(input)
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ])
    expect(credential).toMatchObject({
      id: `urn:uuid:${input.publicId}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://123digit.example/api/open-badges/issuer', type: ['Profile'] },
      validFrom: '2026-12-02T10:00:00.000Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: { type: ['Achievement'], name: 'Internet : niveau 1', criteria: { narrative: 'c' } },
      },
    })
    expect(JSON.stringify(credential)).not.toMatch(/member|participant|@example/)
  })

  it('signs as a VC-JWT that checks with the published key set and fails with any other key', async () => {
    const key = await fromSecret('a-long-secret-for-tests')
    const jwt = await signCredential(buildCredential(input), key)
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', cty: 'vc' })
    expect(await signCredential(buildCredential(input), key)).toBe(jwt)
    const checked = await verifyCredential(jwt, publicKeySet(key))
    expect(checked.valid && checked.credential.credentialSubject.achievement.name).toBe('Internet : niveau 1')

    const other = await fromSecret('another-secret')
    expect(await verifyCredential(jwt, publicKeySet(other))).toEqual({ valid: false })
    const [head, body, signature] = jwt.split('.')
    const tampered = JSON.parse(Buffer.from(body!, 'base64url').toString())
    tampered.name = 'Expert'
    const forged = `${head}.${Buffer.from(JSON.stringify(tampered)).toString('base64url')}.${signature}`
    expect(await verifyCredential(forged, publicKeySet(key))).toEqual({ valid: false })
    expect(await verifyCredential('garbage', publicKeySet(key))).toEqual({ valid: false })
  })
})
