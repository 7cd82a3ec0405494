import { describeId, fingerprint, idsOf, type RequiredIds } from './external-id.js'
import type { CurrentRole } from './plan.js'
import type { DriftFinding } from './plan-types.js'
import type { PolicyDocument } from '../policy/document.js'
import { requiredExternalIds, type TrustScope } from '../policy/external-id-condition.js'
import { TAG_APPLIED_AT } from './tags.js'
import { CANARY_SID, hasCanary } from '../policy/canary.js'

export interface DriftOptions {
  externalIds: RequiredIds
  scope: TrustScope
  /** null: the age of the ID is not checked. */
  maxAgeSeconds: number | null
  now: Date
}

/** Pure: every way a role differs from "its Salesforce statements require exactly these IDs". */
export function detectDrift(roles: readonly CurrentRole[], options: DriftOptions): DriftFinding[] {
  return roles.flatMap((role) => roleDrift(role, options))
}

function roleDrift(role: CurrentRole, options: DriftOptions): DriftFinding[] {
  const finding = (kind: DriftFinding['kind'], detail: string): DriftFinding => ({
    role: role.target,
    kind,
    detail
  })
  if (role.document === null) return [finding('missing-role', `${role.target.roleName} does not exist.`)]
  const canary = hasCanary(role.document)
    ? [
        finding(
          'leftover-canary',
          `the temporary statement ${CANARY_SID} of an interrupted verify: assume run is still there: an apply removes it.`
        )
      ]
    : []
  return [...canary, ...conditionDrift(role, role.document, options, finding)]
}

function conditionDrift(
  role: CurrentRole,
  document: PolicyDocument,
  options: DriftOptions,
  finding: (kind: DriftFinding['kind'], detail: string) => DriftFinding
): DriftFinding[] {
  const statements = requiredExternalIds(document, options.scope)
  if (statements.length === 0) {
    return [finding('missing-condition', 'No statement trusts the Salesforce account any more.')]
  }
  const findings: DriftFinding[] = []
  const expectedIds = idsOf(options.externalIds)
  const accepts = (statement: { ids: string[] | null }, id: string) => (statement.ids ?? []).includes(id)
  const unconditioned = statements.filter((statement) => statement.ids === null).length
  if (unconditioned > 0) {
    findings.push(
      finding(
        'missing-condition',
        `${unconditioned} of ${statements.length} Salesforce statements have no sts:ExternalId condition: any caller in the Salesforce account can assume the role.`
      )
    )
  }
  const conditioned = statements.filter((statement) => statement.ids !== null)
  const wrongOperator = conditioned.filter((statement) => statement.operator !== 'StringEquals')
  const lacking = conditioned.filter((statement) => expectedIds.some((id) => !accepts(statement, id)))
  if (wrongOperator.length > 0 || lacking.length > 0) {
    const operators = [...new Set(wrongOperator.map((statement) => statement.operator))]
    findings.push(
      finding(
        'different-id',
        [
          lacking.length > 0 ? lackingDetail(lacking, options.externalIds) : '',
          operators.length > 0 ? `the condition uses ${operators.join(', ')} instead of StringEquals` : ''
        ]
          .filter(Boolean)
          .join('; ') + '.'
      )
    )
  }
  const extra = [
    ...new Set(
      conditioned.flatMap((statement) => statement.ids ?? []).filter((id) => !expectedIds.includes(id))
    )
  ]
  if (lacking.length === 0 && extra.length > 0) {
    findings.push(
      finding(
        'extra-ids',
        `also accepts ${extra.map(fingerprint).join(', ')}: finish the rotation with rotation: replace.`
      )
    )
  }
  if (options.maxAgeSeconds !== null) {
    const appliedAt = Date.parse(role.tags[TAG_APPLIED_AT] ?? '')
    if (Number.isNaN(appliedAt)) {
      findings.push(finding('too-old', `no valid ${TAG_APPLIED_AT} tag: the age of the ID is unknown.`))
    } else if (options.now.getTime() - appliedAt > options.maxAgeSeconds * 1000) {
      const days = Math.floor((options.now.getTime() - appliedAt) / 86_400_000)
      findings.push(
        finding('too-old', `the ID was applied ${days} days ago, longer than max-age: rotate it.`)
      )
    }
  }
  return findings
}

/** One ID: what the role requires instead. Several orgs: which of their IDs it does not accept. */
function lackingDetail(lacking: readonly { ids: string[] | null }[], required: RequiredIds): string {
  if (required.kind === 'single') {
    const found = [...new Set(lacking.flatMap((statement) => statement.ids ?? []).map(fingerprint))]
    return `requires ${found.join(', ') || 'no ID'} instead of ${fingerprint(required.id)}`
  }
  const missing = required.orgs.filter((org) =>
    lacking.some((statement) => !(statement.ids ?? []).includes(org.id))
  )
  return `does not accept ${missing.map((org) => describeId(required, org.id)).join(', ')}`
}
