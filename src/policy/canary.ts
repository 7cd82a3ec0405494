/**
 * The temporary statement of `verify: assume` (Sid ScvExternalIdCanary): recognised in any trust
 * policy, so that a canary left behind by an interrupted run is reported and removed.
 */
import { externalIdEntries } from './analysis.js'
import { statementsOf, type PolicyDocument, type PolicyStatement } from './document.js'

export const CANARY_SID = 'ScvExternalIdCanary'

const isCanary = (statement: PolicyStatement): boolean => statement.Sid === CANARY_SID

export function hasCanary(doc: PolicyDocument): boolean {
  return statementsOf(doc).some(isCanary)
}

/** The document without its canary statements; the document itself when it has none. */
export function withoutCanary(doc: PolicyDocument): PolicyDocument {
  if (!hasCanary(doc)) return doc
  return { ...doc, Statement: statementsOf(doc).filter((statement) => !isCanary(statement)) }
}

/**
 * Every value an sts:ExternalId condition key holds in any statement (whatever its principal or
 * operator): the canary's and a journal's documents hold IDs to mask that no Salesforce statement names.
 */
export function externalIdValues(doc: PolicyDocument): string[] {
  const values = statementsOf(doc).flatMap((statement) =>
    externalIdEntries(statement.Condition).flatMap((entry) => entry.ids)
  )
  return [...new Set(values)]
}
