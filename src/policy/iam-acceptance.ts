/**
 * What IAM's UpdateAssumeRolePolicy refuses for a reason the document itself shows, found before
 * anything is written: a principal IAM shows by its unique ID (deleted since the policy was
 * written), a principal value IAM's grammar does not accept, and a Version older than 2012-10-17.
 * The one mechanical fix (the Version, when no policy variable changes meaning with it) is made here.
 */
import { statementsOf, type PolicyDocument, type PolicyStatement } from './document.js'

export const CURRENT_VERSION = '2012-10-17'

/**
 * IAM's unique-ID prefixes (IAM identifiers, "Understanding unique ID prefixes"). GetRole shows one
 * in place of a principal deleted after the policy named it; IAM refuses to store it again.
 */
const UNIQUE_ID = /^(AIDA|AROA|AGPA|AIPA|ANPA|ANVA|APKA|ASCA|ASIA|AKIA|ABIA|ACCA)[A-Z0-9]{12,}$/

/** The AWS principal values IAM accepts: everyone, an account, its root, a user, a role, an STS session. */
const AWS_PRINCIPAL = [
  /^\d{12}$/,
  /^arn:aws[a-z-]*:iam::\d{12}:(root|user\/[\x21-\x7e]*[\w+=,.@-]|role\/[\x21-\x7e]*[\w+=,.@-])$/,
  /^arn:aws[a-z-]*:sts::\d{12}:(assumed-role|federated-user)\/[\w+=,.@/-]+$/
]
const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.[a-z0-9.-]+$/
const POLICY_VARIABLE = /\$\{[^}]*\}/

/** The document to send (its Version brought up to date where that is safe) and what changed; or why IAM would refuse it. */
export type Acceptance = { document: PolicyDocument; notes: string[] } | { refusal: string }

export function prepareForIam(document: PolicyDocument): Acceptance {
  const principalProblems = statementsOf(document).flatMap(principalProblemsOf)
  if (principalProblems.length > 0) return { refusal: principalProblems.join(' ') }
  if (document.Version === CURRENT_VERSION) return { document, notes: [] }
  const was = document.Version === undefined ? 'no Version' : `Version "${document.Version}"`
  const withVariables = statementsOf(document).findIndex((statement) =>
    POLICY_VARIABLE.test(JSON.stringify(statement))
  )
  if (withVariables >= 0) {
    const statement = statementsOf(document)[withVariables]
    return {
      refusal:
        `the trust policy has ${was}, which IAM refuses on update ("Policy document must be version ${CURRENT_VERSION} or greater"), ` +
        `and ${describeStatement(statement, withVariables)} uses a policy variable (\${...}), which Version ${CURRENT_VERSION} evaluates where the older version reads it as text. ` +
        `Check what that statement should mean, set "Version": "${CURRENT_VERSION}" yourself, then run again.`
    }
  }
  // Without policy variables the two versions mean the same, so no one's access changes.
  const { Version: _old, ...rest } = document
  return {
    document: { Version: CURRENT_VERSION, ...rest },
    notes: [
      `Sets "Version": "${CURRENT_VERSION}" (the policy had ${was}): IAM refuses updates of older documents; without policy variables nothing else changes.`
    ]
  }
}

function principalProblemsOf(statement: PolicyStatement, index: number): string[] {
  const problems: string[] = []
  for (const field of ['Principal', 'NotPrincipal'] as const) {
    const principal = statement[field]
    if (principal === undefined || principal === '*') continue
    for (const [type, values] of Object.entries(principal)) {
      for (const value of Array.isArray(values) ? values : [values]) {
        const problem = principalProblem(type, value)
        if (problem !== null)
          problems.push(`${capitalised(describeStatement(statement, index))} ${problem(field, type)}`)
      }
    }
  }
  return problems
}

type ProblemText = (field: string, type: string) => string

function principalProblem(type: string, value: string): ProblemText | null {
  if (type === 'AWS' && UNIQUE_ID.test(value)) {
    return (field) =>
      `names ${value} in ${field}: IAM shows a principal by this unique ID once the role or user it named was deleted, and refuses every update of a document holding it ("MalformedPolicyDocument: Invalid principal in policy"). Remove ${value} from the statement (or name the principal again by its ARN if it was recreated), then run again.`
  }
  if (validPrincipal(type, value)) return null
  return (field) =>
    `has "${type}": "${value}" in ${field}, which IAM refuses ("MalformedPolicyDocument: Invalid principal in policy"): an AWS principal is "*", an account ID or an IAM or STS ARN without wildcards. Correct or remove it, then run again.`
}

function validPrincipal(type: string, value: string): boolean {
  if (type === 'AWS')
    return value === '*' || (!value.includes('*') && AWS_PRINCIPAL.some((pattern) => pattern.test(value)))
  if (type === 'Service') return SERVICE_PRINCIPAL.test(value)
  return value.length > 0 && !value.includes('*')
}

/** `statement 2 (Sid "Old")`: how an error names a statement. */
function describeStatement(statement: PolicyStatement | undefined, index: number): string {
  const sid = typeof statement?.Sid === 'string' && statement.Sid !== '' ? ` (Sid "${statement.Sid}")` : ''
  return `statement ${index + 1}${sid}`
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
