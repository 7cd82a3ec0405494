import type { OidcIssuer } from '../oidc.js'
import type { CallerIdentity } from './identity.js'
import type { QueryParams, XmlValue } from './query.js'
import type { EmulatorState } from './state.js'

/** What an action handler gets to work with. */
export interface RequestContext {
  state: EmulatorState
  params: QueryParams
  /** The authenticated caller; null only for the unsigned AssumeRoleWithWebIdentity. */
  caller: CallerIdentity | null
  issuer: OidcIssuer
  /** Audiences the account's OIDC provider accepts (its client ID list). */
  oidcAudiences: readonly string[]
  /** The organization an account belongs to, if any. */
  organizationOf(accountId: string): string | undefined
  now: number
  /** Fault injection: GetRole answers with the trust policy from before the last update. */
  previousPolicy: boolean
}

/** Returns the content of the action's Result element, or undefined for actions without output. */
export type ActionHandler = (context: RequestContext) => XmlValue

/** The caller of an action that needs one (every action but AssumeRoleWithWebIdentity). */
export function callerOf(context: RequestContext): CallerIdentity {
  if (!context.caller) throw new Error('This action needs an authenticated caller')
  return context.caller
}
