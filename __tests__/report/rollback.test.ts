import { describe, expect, it } from '@jest/globals'
import type { RestoreAccount } from '../../src/domain/restore.js'
import { markRestoreFailures, rollbackErrors } from '../../src/report/rollback.js'
import type { RoleTarget } from '../../src/domain/contact-centers.js'
import type { WritePlan } from '../../src/domain/plan-types.js'
import type { PolicyDocument } from '../../src/policy/document.js'

const role = (roleName: string): RoleTarget => ({
  logicalRole: 'SCVS3Role',
  callCenter: 'acme',
  roleName,
  arn: `arn:aws:iam::111122223333:role/${roleName}`
})
const A = role('acme-SCVS3Role')
const B = role('acme-ConnectCallRole')
const BEFORE: PolicyDocument = { Version: '2012-10-17', Statement: [] }
const plannedRole = (target: RoleTarget): WritePlan => ({
  role: target,
  before: BEFORE,
  after: { ...BEFORE, Id: 'new' },
  change: 'add-condition',
  notes: [],
  tagChanges: null
})

describe('rollbackErrors', () => {
  const restored = (roleName: string): RestoreAccount => ({ roleName, state: 'restored', detail: null })
  const untouched = (roleName: string): RestoreAccount => ({ roleName, state: 'untouched', detail: null })

  it('names the restored roles when every restore worked', () => {
    expect(rollbackErrors([restored('A'), untouched('C'), restored('B')], '/tmp/backup.json')).toEqual([
      'Rolled back: A, B restored; every role has its original trust policy.'
    ])
  })

  it('names the roles left to another writer', () => {
    const other: RestoreAccount = {
      roleName: 'B',
      state: 'other-writer',
      detail: "changed by another writer after this run's write; left as is"
    }
    expect(rollbackErrors([restored('A'), other], '/tmp/backup.json')).toEqual([
      'Rolled back: A restored; every other role has its original trust policy.',
      "B: changed by another writer after this run's write; left as is."
    ])
  })

  it('says so when no role had been written', () => {
    expect(rollbackErrors([untouched('A')], '/tmp/backup.json')).toEqual([
      'Rolled back: no role had been written; every role has its original trust policy.'
    ])
  })

  it('gives one line per failed restore with the backup file and the command to restore it', () => {
    const accounts: RestoreAccount[] = [
      restored('A'),
      { roleName: 'B', state: 'restore-failed', detail: 'AccessDenied: not authorized' }
    ]

    expect(rollbackErrors(accounts, '/runner/temp/scv-backup.json')).toEqual([
      'B could NOT be restored (AccessDenied: not authorized). Its original trust policy is in /runner/temp/scv-backup.json: restore it with aws iam update-assume-role-policy.'
    ])
  })
})

describe('markRestoreFailures', () => {
  it('turns the plans of roles whose restore failed into errors and keeps the others as they are', () => {
    const plans = [plannedRole(A), plannedRole(B)]
    const accounts: RestoreAccount[] = [
      { roleName: A.roleName, state: 'restore-failed', detail: 'ServiceFailure: Service unavailable' },
      { roleName: B.roleName, state: 'restored', detail: null }
    ]

    const marked = markRestoreFailures(plans, accounts)

    expect(marked[0]).toEqual({
      role: A,
      before: plans[0]?.before,
      change: 'error',
      error: 'restore failed: ServiceFailure: Service unavailable'
    })
    expect(marked[1]).toBe(plans[1])
    expect(plans[0]?.change).toBe('add-condition')
  })
})
