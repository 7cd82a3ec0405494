import { describe, expect, it } from '@jest/globals'
import type { RoleTarget } from '../../src/domain/contact-centers.js'
import { isReady, isWrite, type ChangeKind, type RolePlan } from '../../src/domain/plan-types.js'
import type { PolicyDocument } from '../../src/policy/document.js'

const role: RoleTarget = {
  logicalRole: 'SCVS3Role',
  callCenter: 'acme',
  roleName: 'acme-SCVS3Role',
  arn: 'arn:aws:iam::111122223333:role/acme-SCVS3Role'
}
const document: PolicyDocument = { Version: '2012-10-17', Statement: [] }

function planOf(change: ChangeKind): RolePlan {
  if (change === 'error') return { change, role, before: null, error: 'could not read' }
  return { change, role, before: document, after: document, notes: [], tagChanges: null }
}

describe('the plan guards', () => {
  it.each([
    ['add-condition', true, true],
    ['replace-id', true, true],
    ['stage-overlap', true, true],
    ['remove-condition', true, true],
    ['unchanged', false, true],
    ['error', false, false]
  ] as const)('%s: written %s, ready %s', (change, written, ready) => {
    const plan = planOf(change)
    expect(isWrite(plan)).toBe(written)
    expect(isReady(plan)).toBe(ready)
  })

  it('hands the writer the document to write, without a cast', () => {
    const plans = [planOf('unchanged'), planOf('replace-id'), planOf('error')]
    expect(plans.filter(isWrite).map((plan) => plan.after)).toEqual([document])
  })
})
