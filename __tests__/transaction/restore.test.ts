import { describe, expect, it } from '@jest/globals'
import { GetRoleCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam'
import { readRole, type StoredRole } from '../../src/aws/roles.js'
import { Journal } from '../../src/transaction/journal.js'
import { restoreJournal } from '../../src/transaction/restore.js'
import {
  ACCOUNT,
  NEW_ID,
  ORIGINAL_POLICY,
  awsError,
  fakeIam,
  journalFile,
  policyRequiring,
  roleNamesOf,
  target
} from '../aws/iam-fake.js'

const A = target('acme-SCVS3Role')
const B = target('acme-ConnectCallRole', 'InstanceRecordingRole')
const C = target('SCVProvisioningRole', 'SCVProvisioningRole')
/** Indented on purpose: a restore sends the original text back as IAM returned it. */
const ORIGINAL_JSON = JSON.stringify(ORIGINAL_POLICY, null, 2)
const OURS = JSON.stringify(policyRequiring(NEW_ID))
const THEIRS = JSON.stringify(policyRequiring('another-runs-id'))

/** The journal a killed main step left: A and B written, C only read. */
async function killedRun() {
  const fake = fakeIam({
    [A.roleName]: { json: ORIGINAL_JSON },
    [B.roleName]: { json: ORIGINAL_JSON },
    [C.roleName]: { json: ORIGINAL_JSON }
  })
  const originals = await Promise.all([A, B, C].map((role) => readRole(fake.iam, role)))
  const journal = Journal.create(
    journalFile(),
    ACCOUNT,
    originals.filter((role): role is StoredRole => role !== null)
  )
  for (const role of [A, B]) {
    journal.record(role.roleName, { policyJson: OURS })
    fake.setPolicy(role.roleName, OURS)
  }
  fake.mock.resetHistory()
  return { fake, journal }
}

const postStep = { concurrency: 2, deadline: Date.now() + 60_000, rewriteOriginal: false }

describe('restoreJournal (the post step)', () => {
  it('restores each written role that holds this run’s change, leaves another writer’s, and settles the journal', async () => {
    const { fake, journal } = await killedRun()
    fake.setPolicy(B.roleName, THEIRS)

    const accounts = await restoreJournal(fake.iam, journal, postStep)

    expect(accounts).toEqual([
      { roleName: A.roleName, state: 'restored', detail: null },
      {
        roleName: B.roleName,
        state: 'other-writer',
        detail: "changed by another writer after this run's write; left as is"
      }
    ])
    expect(fake.state.get(A.roleName)?.json).toBe(ORIGINAL_JSON)
    expect(fake.state.get(B.roleName)?.json).toBe(THEIRS)
    expect(roleNamesOf(fake.mock, GetRoleCommand)).not.toContain(C.roleName)
    expect(journal.state).toBe('settled')
  })

  it('trusts what it reads: a role already back to its original is not written again', async () => {
    const { fake, journal } = await killedRun()
    fake.setPolicy(A.roleName, ORIGINAL_JSON)

    const accounts = await restoreJournal(fake.iam, journal, postStep)

    expect(accounts.map((account) => account.state)).toEqual(['untouched', 'restored'])
    expect(roleNamesOf(fake.mock, UpdateAssumeRolePolicyCommand)).toEqual([B.roleName])
  })

  it('reports a restore IAM refuses with its code, and goes on with the other roles', async () => {
    const { fake, journal } = await killedRun()
    fake.failOnce('UpdateAssumeRolePolicy', A.roleName, awsError('AccessDenied', 403, 'not authorized'))

    const accounts = await restoreJournal(fake.iam, journal, postStep)

    expect(accounts[0]).toEqual({
      roleName: A.roleName,
      state: 'restore-failed',
      detail: 'AccessDenied: not authorized'
    })
    expect(accounts[1]?.state).toBe('restored')
    expect(fake.state.get(A.roleName)?.json).toBe(OURS)
  })
})
