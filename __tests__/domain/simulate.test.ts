import { describe, expect, it } from '@jest/globals'
import { simulate, simulationCase, storedSimulationCase } from '../../src/domain/simulate.js'
import { analyseTrustPolicy } from '../../src/policy/analysis.js'
import type { PolicyDocument } from '../../src/policy/document.js'
import { NEW_ID, ORIGINAL_POLICY, policyRequiring, target } from '../aws/iam-fake.js'

const ROLE = target('Acme-SCVS3Role')
const OPTIONS = { scope: { salesforceAccountIds: ['793525387755'] }, externalIds: [NEW_ID] }
const analyse = (document: PolicyDocument) => analyseTrustPolicy(document, OPTIONS.scope)
/** Accepting two IDs at once, as a staged overlap leaves it. */
const OVERLAP: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::793525387755:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': [NEW_ID, 'scv-old-id-0001'] } }
    }
  ]
}

describe('simulationCase', () => {
  it('requires the new IDs and, in an overlap, every other ID the intended policy accepts', () => {
    const overlap = simulationCase(ROLE, analyse(ORIGINAL_POLICY), analyse(OVERLAP), OPTIONS)
    expect(overlap.required).toEqual([NEW_ID, 'scv-old-id-0001'])
    expect(overlap.newIds).toEqual([NEW_ID])
  })

  it('requires no ID after disable, whatever the policy accepts', () => {
    const disabled = simulationCase(ROLE, analyse(OVERLAP), analyse(ORIGINAL_POLICY), {
      ...OPTIONS,
      externalIds: []
    })
    expect(disabled.required).toEqual([])
  })
})

describe('simulate', () => {
  it('passes a change that lets Salesforce in with exactly the new ID', () => {
    const change = simulationCase(ROLE, analyse(ORIGINAL_POLICY), analyse(policyRequiring(NEW_ID)), OPTIONS)
    expect(simulate([change])).toEqual([])
  })

  it('names the role whose policy still lets Salesforce in without the ID, never quoting the ID', () => {
    const unchanged = simulationCase(ROLE, analyse(ORIGINAL_POLICY), analyse(ORIGINAL_POLICY), OPTIONS)
    const problems = simulate([unchanged])
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.join(' ')).toContain(ROLE.roleName)
    expect(problems.join(' ')).not.toContain(NEW_ID)
  })
})

describe('storedSimulationCase', () => {
  it('judges what IAM holds against what the plan intended', () => {
    const intended = policyRequiring(NEW_ID)
    const held = storedSimulationCase(ROLE, { before: ORIGINAL_POLICY, intended, stored: intended }, OPTIONS)
    expect(simulate([held])).toEqual([])
    const other = storedSimulationCase(
      ROLE,
      { before: ORIGINAL_POLICY, intended, stored: policyRequiring('scv-someone-else') },
      OPTIONS
    )
    expect(simulate([other])).not.toEqual([])
  })
})
