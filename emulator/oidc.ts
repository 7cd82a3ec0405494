import { createSign, createVerify, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'

/** Claims of a GitHub Actions OIDC token that the emulators care about. */
export interface OidcClaims {
  iss: string
  aud: string
  sub: string
  exp: number
  iat: number
  [claim: string]: unknown
}

/**
 * A token issuer shared by the GitHub emulator (which signs, like
 * token.actions.githubusercontent.com) and the AWS emulator (which trusts only its tokens).
 */
export interface OidcIssuer {
  readonly issuer: string
  sign(claims: Partial<OidcClaims> & { aud: string; sub: string }): string
  /** Verifies signature, issuer and expiry; returns the claims or throws with AWS-like wording. */
  verify(token: string): OidcClaims
}

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url')

export function createOidcIssuer(issuer = 'https://token.actions.githubusercontent.com'): OidcIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = randomUUID()
  return {
    issuer,
    sign(claims) {
      const now = Math.floor(Date.now() / 1000)
      const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))
      const payload = b64url(JSON.stringify({ iss: issuer, iat: now, nbf: now, exp: now + 300, ...claims }))
      return `${header}.${payload}.${signRs256(privateKey, `${header}.${payload}`)}`
    },
    verify(token) {
      const parts = token.split('.')
      if (parts.length !== 3) throw new Error('The token is not a valid JWT')
      const [header, payload, signature] = parts as [string, string, string]
      const verifier = createVerify('RSA-SHA256')
      verifier.update(`${header}.${payload}`)
      if (!verifier.verify(publicKey, Buffer.from(signature, 'base64url'))) {
        throw new Error('Incorrect token signature')
      }
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcClaims
      if (claims.iss !== issuer) throw new Error(`No OpenIDConnect provider found for issuer ${claims.iss}`)
      if (claims.exp * 1000 < Date.now()) throw new Error('Token is expired')
      return claims
    }
  }
}

function signRs256(key: KeyObject, data: string): string {
  const signer = createSign('RSA-SHA256')
  signer.update(data)
  return signer.sign(key).toString('base64url')
}
