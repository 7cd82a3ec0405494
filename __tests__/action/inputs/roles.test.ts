import { describe, expect, it } from '@jest/globals'
import { roleInput, roleToAssumeInput, runRoles } from '../../../src/action/inputs/roles.js'

const texts = (callCenters: string, roleArns = '', extraRoles = '') => ({ callCenters, roleArns, extraRoles })

describe('runRoles', () => {
  it('gives the type roles, then the extra roles, each per call center where it has {call-center}', () => {
    const { callCenters, roles } = runRoles(
      'xml-import',
      texts('acme,beta', '', 'Audit-{call-center}\nShared'),
      []
    )
    expect(callCenters).toEqual(['acme', 'beta'])
    expect(roles.map((role) => `${role.logicalRole}:${role.roleName}`)).toEqual([
      'AmazonConnectManagementRole:SCVAmazonConnectManagementRole',
      'UpdateCredentialRole:SCVUpdateCredentialRole',
      'InstanceRecordingRole:acme-ConnectCallRole',
      'InstanceRecordingRole:beta-ConnectCallRole',
      'SCVS3Role:acme-SCVS3Role',
      'SCVS3Role:beta-SCVS3Role',
      'ExtraRole:Audit-acme',
      'ExtraRole:Audit-beta',
      'ExtraRole:Shared'
    ])
    expect(roles.map(roleInput).slice(-2)).toEqual(['extra-roles', 'extra-roles'])
  })

  it.each([
    ['a call center twice in another case', texts('Acme,acme'), "'Acme' and 'acme' name the same roles"],
    ['a call center twice', texts('acme,acme'), "'acme' is listed twice."],
    [
      'no call center',
      texts(''),
      "Input 'call-center-api-name': is required for contact center type 'new-instance'"
    ],
    [
      'a role of another type',
      texts('acme', 'UpdateCredentialRole=x'),
      "'UpdateCredentialRole' is not a role of"
    ],
    [
      'an extra role that is a type role',
      texts('acme', '', 'acme-SCVS3Role'),
      'is already managed as SCVS3Role'
    ]
  ])('refuses %s', (_name, given, message) => {
    expect(() => runRoles('new-instance', given, [])).toThrow(message)
  })

  it('refuses a role ARN outside allowed-account-ids, naming the input it came from', () => {
    const arn = 'arn:aws:iam::111122223333:role/Other'
    expect(() => runRoles('new-instance', texts('acme', '', arn), ['123456789012'])).toThrow(
      `Input 'extra-roles': ${arn} is in account 111122223333, which is not in allowed-account-ids.`
    )
    expect(() =>
      runRoles('new-instance', texts('acme', `SCVProvisioningRole=${arn}`), ['111122223333'])
    ).not.toThrow()
  })
})

describe('roleToAssumeInput', () => {
  const arn = 'arn:aws:iam::123456789012:role/github-scv'

  it('is null when empty and the ARN when it is a role ARN inside allowed-account-ids', () => {
    expect(roleToAssumeInput('', ['123456789012'])).toBeNull()
    expect(roleToAssumeInput(arn, [])).toBe(arn)
    expect(roleToAssumeInput(arn, ['123456789012'])).toBe(arn)
  })

  it('refuses anything else', () => {
    expect(() => roleToAssumeInput('github-scv', [])).toThrow("Input 'role-to-assume': must be a role ARN")
    expect(() => roleToAssumeInput(arn, ['111122223333'])).toThrow(
      "Input 'role-to-assume': account 123456789012 is not in allowed-account-ids."
    )
  })
})
