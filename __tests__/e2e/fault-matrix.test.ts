import { mapBounded } from '../../src/aws/bounded.js'
/**
 * End to end, fault injection: one fault at every AWS call of a 4-role apply, for every kind of
 * failure AWS or the network produces. Whatever happens, all roles must end with the complete new
 * trust policy or all with exactly their original one, tags must match the policy, the run must
 * say which, and the external ID must show nowhere.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { isDeepStrictEqual } from 'node:util'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import type { FaultRule, RequestLogEntry } from '../../emulator/aws/server.js'
import { SALESFORCE_ACCOUNT, seedSalesforceAccount } from '../../emulator/seed.js'
import { fingerprint } from '../../src/domain/external-id.js'
import { TAG_APPLIED_AT, TAG_FINGERPRINT } from '../../src/domain/tags.js'
import { allComments, pullRequestEvent, runAction, secretLeaks, waitFor, writeCalls } from './harness.js'

const ID = 'fault-matrix-external-id-Hq38Vw'
const STALL_MS = 20_000

const INPUTS = {
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'CC1',
  'external-id': ID,
  mode: 'apply',
  verify: 'simulate'
}

interface FaultKind {
  name: string
  rule: Omit<FaultRule, 'action' | 'nth'>
  /** A retryable fault must not stop the run; any other must leave the roles as they were. */
  survivable: boolean
  /** Recognises the faulted request in the emulator log, to prove the fault really fired. */
  firedOn: (entry: RequestLogEntry) => boolean
}

const KINDS: FaultKind[] = [
  {
    name: 'AccessDenied (HTTP 403)',
    rule: { error: { code: 'AccessDenied', status: 403, message: 'User is not authorized to perform this' } },
    survivable: false,
    firedOn: (entry) => entry.errorCode === 'AccessDenied'
  },
  {
    name: 'Throttling (HTTP 400)',
    rule: { error: { code: 'Throttling', status: 400, message: 'Rate exceeded' } },
    survivable: true,
    firedOn: (entry) => entry.errorCode === 'Throttling'
  },
  {
    name: 'InternalFailure (HTTP 500)',
    rule: { error: { code: 'InternalFailure', status: 500 } },
    survivable: true,
    firedOn: (entry) => entry.errorCode === 'InternalFailure'
  },
  {
    name: 'dropped connection',
    rule: { drop: true },
    survivable: true,
    firedOn: (entry) => entry.status === 0
  },
  {
    name: '20-second stall',
    rule: { latencyMs: STALL_MS },
    survivable: true,
    firedOn: (entry) => entry.end - entry.start >= STALL_MS
  }
]

type Ending = 'completed' | 'rolled-back' | 'stopped-before-write'

interface CaseResult {
  kind: FaultKind | null
  position: number
  ending: Ending | 'state-lost'
  /** AWS requests the emulator answered (or dropped) during the run. */
  calls: number
  /** The distinct AWS actions called, sorted. */
  actions: string[]
  /** Everything that broke a rule; empty when the case passed. */
  problems: string[]
}

interface Statement {
  Principal?: unknown
  Condition?: Record<string, Record<string, unknown>>
  [field: string]: unknown
}

const statementsOf = (json: string): Statement[] => {
  const statement = (JSON.parse(json) as { Statement: Statement | Statement[] }).Statement
  return Array.isArray(statement) ? statement : [statement]
}

const trustsSalesforce = (statement: Statement): boolean =>
  JSON.stringify(statement.Principal ?? null).includes(`::${SALESFORCE_ACCOUNT}:`)

/** The new policy: each Salesforce statement requires exactly the ID, every other statement as it was. */
function isCompleteNewPolicy(stored: string, original: string): boolean {
  const before = statementsOf(original)
  const after = statementsOf(stored)
  if (after.length !== before.length) return false
  return before.every((statement, index) => {
    const now = after[index]
    if (now === undefined) return false
    if (!trustsSalesforce(statement)) return isDeepStrictEqual(now, statement)
    const { Condition: condition, ...rest } = now
    const required = condition?.StringEquals?.['sts:ExternalId']
    const onlyTheId =
      Object.keys(condition ?? {}).length === 1 &&
      Object.keys(condition?.StringEquals ?? {}).length === 1 &&
      (required === ID || isDeepStrictEqual(required, [ID]))
    return onlyTheId && isDeepStrictEqual(rest, statement)
  })
}

interface Seeded {
  emulators: Emulators
  names: string[]
  policies: Record<string, string>
  tags: Record<string, Record<string, string>>
}

async function seeded(): Promise<Seeded> {
  const emulators = await startEmulators()
  const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
  return {
    emulators,
    names,
    policies: Object.fromEntries(names.map((name) => [name, emulators.aws.trustPolicy(name)])),
    tags: Object.fromEntries(names.map((name) => [name, emulators.aws.roleTags(name)]))
  }
}

/** Runs the action once with one fault (or none) and checks every rule; never throws for a broken rule. */
async function runCase(kind: FaultKind | null, position: number): Promise<CaseResult> {
  const { emulators, names, policies, tags } = await seeded()
  const problems: string[] = []
  let ending: CaseResult['ending'] = 'state-lost'
  try {
    if (kind) emulators.aws.addFault({ action: '*', nth: position, ...kind.rule })
    const run = await runAction(emulators, INPUTS, { event: pullRequestEvent(), timeoutMs: 90_000 })
    // A stalled request is still carried out when the stall ends: judge the account after that.
    if (kind?.rule.latencyMs) {
      await waitFor(() => emulators.aws.log.some(kind.firedOn), STALL_MS + 10_000).catch(() => undefined)
    }

    const states = names.map((name) => {
      const stored = emulators.aws.trustPolicy(name)
      const roleTags = emulators.aws.roleTags(name)
      if (stored === policies[name]) {
        if (!isDeepStrictEqual(roleTags, tags[name])) problems.push(`${name}: original policy, changed tags`)
        return 'original'
      }
      if (!isCompleteNewPolicy(stored, policies[name] as string)) {
        problems.push(`${name}: holds neither the new nor the original trust policy: ${stored}`)
        return 'other'
      }
      if (roleTags[TAG_FINGERPRINT] !== fingerprint(ID) || !roleTags[TAG_APPLIED_AT]) {
        problems.push(`${name}: new policy without the fingerprint tags`)
      }
      return 'new'
    })
    const distinct = [...new Set(states)]
    if (distinct.length > 1) problems.push(`roles disagree: ${states.join(', ')}`)

    const result = run.outputs.result
    if (result === undefined) problems.push('no result: every run sets one')
    // A fault before any write stops the run with result error; it never reaches the report.
    const stoppedBeforeWrite = result === 'error'
    if (problems.length === 0 && distinct[0] === 'new') {
      ending = 'completed'
      if (run.exitCode !== 0 || result !== 'changed') {
        problems.push(`new policies, but exit ${run.exitCode} and result ${result}`)
      }
    } else if (problems.length === 0) {
      ending = stoppedBeforeWrite ? 'stopped-before-write' : 'rolled-back'
      if (run.exitCode !== 1) problems.push(`original policies, but exit ${run.exitCode}`)
      if (!stoppedBeforeWrite && result !== 'rolled-back') problems.push(`original policies, but ${result}`)
      if (stoppedBeforeWrite && writeCalls(emulators) > 0) {
        problems.push(`${result}, yet writes were sent (a rollback must report rolled-back)`)
      }
    }
    const faulted = kind ? emulators.aws.log.find(kind.firedOn) : undefined
    if (kind && !faulted) problems.push('the fault never fired')
    // The audit only reports: a ListRoles it cannot make is one warning, and the apply goes on.
    const survivable = kind?.survivable === true || faulted?.action === 'ListRoles'
    if (kind && ending !== 'state-lost' && (ending === 'completed') !== survivable) {
      problems.push(`ended ${ending}, expected ${survivable ? 'completed' : 'the original policies'}`)
    }
    // A published report is also the pull-request comment.
    const comments = allComments(emulators).length
    if (comments !== (stoppedBeforeWrite ? 0 : 1)) problems.push(`${comments} comments for result ${result}`)
    if (!run.stdout.includes(`::add-mask::${ID}`)) problems.push('the external ID was not masked')
    for (const place of secretLeaks(emulators, [run], [ID])) problems.push(`external ID shown in ${place}`)

    const where = faulted ? ` (${[faulted.action, faulted.roleName].filter(Boolean).join(' ')})` : ''
    return {
      kind,
      position,
      ending,
      calls: emulators.aws.log.length,
      actions: [...new Set(emulators.aws.log.map((entry) => entry.action))].sort(),
      problems: problems.map((problem) => `#${position}${where}: ${problem}`)
    }
  } finally {
    await emulators.stop()
  }
}

let clean: CaseResult
let positions = 0
let results: CaseResult[] = []

beforeAll(async () => {
  clean = await runCase(null, 0)
  positions = clean.calls
  const cases = KINDS.flatMap((kind) =>
    Array.from({ length: positions }, (_, index) => ({ kind, position: index + 1 }))
  )
  // Stalled runs mostly wait on their request timeout, so they get more slots than the busy ones.
  const stalls = cases.filter((item) => item.kind.rule.latencyMs)
  const others = cases.filter((item) => !item.kind.rule.latencyMs)
  const [stalled, quick] = await Promise.all([
    mapBounded(stalls, 8, (item) => runCase(item.kind, item.position)),
    mapBounded(others, 3, (item) => runCase(item.kind, item.position))
  ])
  results = [...quick, ...stalled]
}, 300_000)

describe('fault matrix', () => {
  it('a clean run completes; its calls (identity, reads, writes, read-backs, tags) are the positions', () => {
    expect(clean.problems).toEqual([])
    expect(clean.ending).toBe('completed')
    expect(clean.actions).toEqual([
      'GetCallerIdentity',
      'GetRole',
      'ListRoles',
      'TagRole',
      'UpdateAssumeRolePolicy'
    ])
    expect(positions).toBeGreaterThanOrEqual(1 + 4 * 4)
  })

  it.each(KINDS.map((kind) => [kind.name, kind] as const))(
    '%s at every position: all roles complete or all original, and the run says which',
    (_name, kind) => {
      const ofKind = results.filter((result) => result.kind === kind)
      expect(ofKind).toHaveLength(positions)
      expect(ofKind.flatMap((result) => result.problems)).toEqual([])
    }
  )

  it('loses no state across the whole matrix', () => {
    const count = (ending: CaseResult['ending'] | Ending[]) =>
      results.filter((result) => [ending].flat().includes(result.ending)).length
    const lost = count('state-lost')
    // The original policies count as rolled back whether the run undid writes or stopped before any.
    console.log(
      `fault matrix: ${results.length} runs, ${count('completed')} faults survived (completed), ${count(['rolled-back', 'stopped-before-write'])} rolled back, ${lost} states lost`
    )
    expect(results).toHaveLength(KINDS.length * positions)
    expect(lost).toBe(0)
    // Both ways back to the original occur: AccessDenied before the first write, and after it.
    expect(count('stopped-before-write')).toBeGreaterThan(0)
    expect(count('rolled-back')).toBeGreaterThan(0)
  })
})
