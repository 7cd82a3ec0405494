/**
 * End to end: what IAM refuses for a reason the document shows is a plan error, and apply writes
 * nothing then; what IAM refuses only for a moment (ConcurrentModification) is retried.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { externalIdsOf, runAction, secretLeaks, writeCalls } from './harness.js'

const ID = 'e2e-refusals-id-Vq81Lm'
const inputs = (overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'cc1',
  'external-id': ID,
  mode: 'apply',
  ...overrides
})

let emulators: Emulators
let names: string[]
beforeEach(async () => {
  emulators = await startEmulators()
  names = seedSalesforceAccount(emulators.aws, 'new-instance', ['cc1'])
})
afterEach(async () => {
  await emulators.stop()
})

/** Seeding goes around HTTP: only the runs' writes are logged. */
const writes = () => writeCalls(emulators)

const answered = (action: string, status: number) =>
  emulators.aws.log.filter((entry) => entry.action === action && entry.status === status)

describe('ConcurrentModification (HTTP 409)', () => {
  it('is retried: the run changes every role and says which write it retried', async () => {
    const [first] = names as [string]
    emulators.aws.addFault({
      action: 'UpdateAssumeRolePolicy',
      roleName: first,
      nth: 1,
      error: { code: 'ConcurrentModification', status: 409, message: 'Concurrent modification of the role' }
    })
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    expect(answered('UpdateAssumeRolePolicy', 409)).toHaveLength(1)
    for (const name of names) expect(externalIdsOf(emulators.aws.trustPolicy(name))[0]).toEqual([ID])
    expect(run.stdout).toContain(
      `UpdateAssumeRolePolicy ${first}: attempt 1 of 6 failed with ConcurrentModification (HTTP 409); retrying`
    )
    expect(secretLeaks(emulators, [run], [ID])).toEqual([])
  })

  it('fails and rolls back when IAM keeps answering it past the bounded attempts', async () => {
    const [first] = names as [string]
    emulators.aws.addFault({
      action: 'UpdateAssumeRolePolicy',
      roleName: first,
      times: 6,
      error: { code: 'ConcurrentModification', status: 409 }
    })
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('rolled-back')
    expect(answered('UpdateAssumeRolePolicy', 409)).toHaveLength(6)
    for (const name of names) expect(externalIdsOf(emulators.aws.trustPolicy(name))[0]).toBeNull()
  })
})

const SALESFORCE_STATEMENT = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::793525387755:root' },
  Action: 'sts:AssumeRole'
}

describe('a trust policy naming a principal deleted since', () => {
  /** The first role also trusts an operator role, which is then deleted: IAM shows its unique ID. */
  function trustDeletedOperator(): { roleName: string; uniqueId: string } {
    const [roleName] = names as [string]
    const operatorArn = emulators.aws.createRole('operator', {
      Version: '2012-10-17',
      Statement: [SALESFORCE_STATEMENT]
    })
    emulators.aws.setTrustPolicy(roleName, {
      Version: '2012-10-17',
      Statement: [
        SALESFORCE_STATEMENT,
        { Sid: 'Operator', Effect: 'Allow', Principal: { AWS: operatorArn }, Action: 'sts:AssumeRole' }
      ]
    })
    emulators.aws.deleteRole('operator')
    const shown = JSON.parse(emulators.aws.trustPolicy(roleName)) as {
      Statement: Array<{ Principal: { AWS: string } }>
    }
    return { roleName, uniqueId: shown.Statement[1]?.Principal.AWS ?? '' }
  }

  it.each(['plan', 'apply'])(
    'is a plan error naming role, statement and fix; %s writes nothing',
    async (mode) => {
      const { roleName, uniqueId } = trustDeletedOperator()
      expect(uniqueId).toMatch(/^AROA/)
      const run = await runAction(emulators, inputs({ mode }))
      expect(run.exitCode).toBe(1)
      expect(run.outputs.result).toBe('refused')
      const error = `${roleName}: Statement 2 (Sid "Operator") names ${uniqueId} in Principal`
      expect(run.stdout).toContain(error)
      expect(run.summary).toContain(`Statement 2 (Sid &quot;Operator&quot;) names ${uniqueId} in Principal`)
      expect(run.stdout).toContain(`Remove ${uniqueId} from the statement`)
      expect(writes()).toBe(0)
      expect(secretLeaks(emulators, [run], [ID])).toEqual([])
    }
  )
})

describe('an old Version', () => {
  it.each([
    ['2008-10-17', { Version: '2008-10-17', Statement: [SALESFORCE_STATEMENT] }],
    ['none', { Statement: [SALESFORCE_STATEMENT] }]
  ])('Version %s: the plan shows 2012-10-17 in the diff, and apply writes it', async (_name, policy) => {
    const [roleName] = names as [string]
    emulators.aws.setTrustPolicy(roleName, policy)
    const plan = await runAction(emulators, inputs({ mode: 'plan' }))
    expect(plan.exitCode).toBe(0)
    expect(plan.outputs.result).toBe('planned')
    expect(plan.summary).toMatch(/^\+.*"Version": "2012-10-17"/m)
    expect(plan.summary).toContain('Sets &quot;Version&quot;: &quot;2012-10-17&quot;')

    const apply = await runAction(emulators, inputs())
    expect(apply.exitCode).toBe(0)
    expect(apply.outputs.result).toBe('changed')
    const stored = JSON.parse(emulators.aws.trustPolicy(roleName)) as { Version?: string }
    expect(stored.Version).toBe('2012-10-17')
    expect(externalIdsOf(emulators.aws.trustPolicy(roleName))[0]).toEqual([ID])
    expect(secretLeaks(emulators, [plan, apply], [ID])).toEqual([])
  })

  it('with a policy variable: a plan error, and apply writes nothing', async () => {
    const [roleName] = names as [string]
    emulators.aws.setTrustPolicy(roleName, {
      Version: '2008-10-17',
      Statement: [
        SALESFORCE_STATEMENT,
        {
          Sid: 'Tagged',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:PrincipalTag/owner': '${aws:username}' } }
        }
      ]
    })
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('refused')
    expect(run.stdout).toContain(`${roleName}: the trust policy has Version "2008-10-17"`)
    expect(run.stdout).toContain('statement 2 (Sid "Tagged") uses a policy variable')
    expect(writes()).toBe(0)
  })
})

describe('a refused restore whose message quotes the original document', () => {
  it('is logged redacted, not only masked by the runner', async () => {
    const OLD_ID = 'old-external-id-Zr52Kd'
    const original = {
      Version: '2012-10-17',
      Statement: [{ ...SALESFORCE_STATEMENT, Condition: { StringEquals: { 'sts:ExternalId': OLD_ID } } }]
    }
    for (const name of names) emulators.aws.setTrustPolicy(name, original)
    const [first] = names as [string]
    // The apply fails at its first tag write; every restore is refused, quoting the document.
    emulators.aws.addFault({
      action: 'TagRole',
      roleName: first,
      error: { code: 'AccessDenied', status: 403 }
    })
    emulators.aws.addFault({
      action: 'UpdateAssumeRolePolicy',
      nth: names.length + 1,
      times: 100,
      error: {
        code: 'MalformedPolicyDocument',
        status: 400,
        message: `Invalid policy ${JSON.stringify(original)}`
      }
    })
    const run = await runAction(emulators, inputs())
    expect(run.outputs.result).toBe('rollback-failed')
    const redacted = run.stdout
      .split('\n')
      .filter((line) => line.includes('restore-failed (MalformedPolicyDocument'))
    expect(redacted.length).toBeGreaterThan(0)
    for (const line of redacted) {
      expect(line).not.toContain(OLD_ID)
      expect(line).toMatch(/<external-id sha256:[0-9a-f]{12}>/)
    }
  })
})
