import { AwsError } from './errors.js'
import type { CallerIdentity } from './identity.js'
import { signatureMatches, type SignedRequest, type SigV4Authorization } from './sigv4.js'
import type { EmulatorState } from './state.js'

/**
 * Who signed the request: the access key must be known, come with its session token when it is
 * temporary, be unexpired, be scoped to the called service and have produced the signature.
 */
export function authenticate(
  state: EmulatorState,
  request: SignedRequest,
  auth: SigV4Authorization | null,
  service: 'iam' | 'sts'
): CallerIdentity {
  if (!auth) throw new AwsError('MissingAuthenticationToken', 403, 'Request is missing Authentication Token')
  const invalidToken = new AwsError(
    'InvalidClientTokenId',
    403,
    'The security token included in the request is invalid.'
  )
  const key = state.findKey(auth.accessKeyId)
  if (!key) throw invalidToken
  if (request.headers['x-amz-security-token'] !== key.sessionToken) throw invalidToken
  if (key.expiresAt !== undefined && key.expiresAt <= Date.now()) {
    throw new AwsError('ExpiredToken', 403, 'The security token included in the request is expired')
  }
  if (auth.service !== service) {
    throw new AwsError(
      'SignatureDoesNotMatch',
      403,
      `Credential should be scoped to correct service: '${service}'. `
    )
  }
  if (!signatureMatches(request, auth, key.secretAccessKey)) {
    throw new AwsError(
      'SignatureDoesNotMatch',
      403,
      'The request signature we calculated does not match the signature you provided. ' +
        'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
    )
  }
  return key.identity
}
