import { describe, expect, it } from '@jest/globals'
import {
  CONTACT_CENTER_TYPES,
  LOGICAL_ROLES,
  defaultRoleName,
  expandRoles,
  isContactCenterType,
  isLogicalRole,
  isPerCallCenter,
  logicalRolesOf,
  roleArn,
  roleNameFromArn,
  type LogicalRole
} from '../../src/domain/contact-centers.js'

const names = (role: LogicalRole) => defaultRoleName(role)

describe('the domain table', () => {
  it('lists the roles of each contact center type as Salesforce documents them', () => {
    expect(Object.fromEntries(CONTACT_CENTER_TYPES.map((type) => [type, logicalRolesOf(type)]))).toEqual({
      'new-instance': [
        'SCVProvisioningRole',
        'AmazonConnectManagementRole',
        'InstanceRecordingRole',
        'SCVS3Role'
      ],
      'existing-instance': [
        'SCVProvisioningRole',
        'AmazonConnectManagementRole',
        'InstanceRecordingRole',
        'SCVS3Role'
      ],
      'xml-import': [
        'AmazonConnectManagementRole',
        'UpdateCredentialRole',
        'InstanceRecordingRole',
        'SCVS3Role'
      ]
    })
  })

  it("uses the role names of Salesforce's CloudFormation templates", () => {
    expect(Object.fromEntries(LOGICAL_ROLES.map((role) => [role, defaultRoleName(role)]))).toEqual({
      SCVProvisioningRole: 'SCVProvisioningRole',
      AmazonConnectManagementRole: 'SCVAmazonConnectManagementRole',
      UpdateCredentialRole: 'SCVUpdateCredentialRole',
      InstanceRecordingRole: '{call-center}-ConnectCallRole',
      SCVS3Role: '{call-center}-SCVS3Role'
    })
  })

  it('only the recording and S3 roles exist once per call center', () => {
    expect(LOGICAL_ROLES.filter(isPerCallCenter)).toEqual(['InstanceRecordingRole', 'SCVS3Role'])
  })

  it.each([
    ['new-instance', true],
    ['xml-import', true],
    ['New-Instance', false],
    ['', false]
  ])('isContactCenterType(%j) is %s', (value, expected) => {
    expect(isContactCenterType(value)).toBe(expected)
  })

  it.each([
    ['SCVS3Role', true],
    ['UpdateCredentialRole', true],
    ['SCVAmazonConnectManagementRole', false],
    ['scvs3role', false]
  ])('isLogicalRole(%j) is %s', (value, expected) => {
    expect(isLogicalRole(value)).toBe(expected)
  })
})

describe('expandRoles', () => {
  it('expands shared roles once and per-call-center roles per call center, in table order', () => {
    expect(expandRoles('new-instance', ['Acme', 'Beta'], names)).toEqual([
      { logicalRole: 'SCVProvisioningRole', callCenter: null, roleName: 'SCVProvisioningRole', arn: null },
      {
        logicalRole: 'AmazonConnectManagementRole',
        callCenter: null,
        roleName: 'SCVAmazonConnectManagementRole',
        arn: null
      },
      {
        logicalRole: 'InstanceRecordingRole',
        callCenter: 'Acme',
        roleName: 'Acme-ConnectCallRole',
        arn: null
      },
      {
        logicalRole: 'InstanceRecordingRole',
        callCenter: 'Beta',
        roleName: 'Beta-ConnectCallRole',
        arn: null
      },
      { logicalRole: 'SCVS3Role', callCenter: 'Acme', roleName: 'Acme-SCVS3Role', arn: null },
      { logicalRole: 'SCVS3Role', callCenter: 'Beta', roleName: 'Beta-SCVS3Role', arn: null }
    ])
  })

  it('takes the role name from an ARN template, path and all', () => {
    const arn = 'arn:aws-us-gov:iam::123456789012:role/scv/prod/{call-center}-Bucket'
    const roles = expandRoles('xml-import', ['Acme'], (role) => (role === 'SCVS3Role' ? arn : names(role)))
    expect(roles.find((role) => role.logicalRole === 'SCVS3Role')).toEqual({
      logicalRole: 'SCVS3Role',
      callCenter: 'Acme',
      roleName: 'Acme-Bucket',
      arn: 'arn:aws-us-gov:iam::123456789012:role/scv/prod/Acme-Bucket'
    })
  })

  it('a per-call-center template without {call-center} gives one role, named for the first call center', () => {
    const roles = expandRoles('new-instance', ['Acme', 'Beta'], (role) =>
      role === 'SCVS3Role' ? 'Shared' : names(role)
    )
    expect(roles.filter((role) => role.logicalRole === 'SCVS3Role')).toEqual([
      { logicalRole: 'SCVS3Role', callCenter: 'Acme', roleName: 'Shared', arn: null }
    ])
  })

  it('a per-call-center template without {call-center} is kept when no call center is given', () => {
    const roles = expandRoles('new-instance', [], (role) =>
      isPerCallCenter(role) ? `Fixed${role}` : names(role)
    )
    expect(roles.map((role) => [role.logicalRole, role.callCenter, role.roleName])).toEqual([
      ['SCVProvisioningRole', null, 'SCVProvisioningRole'],
      ['AmazonConnectManagementRole', null, 'SCVAmazonConnectManagementRole'],
      ['InstanceRecordingRole', null, 'FixedInstanceRecordingRole'],
      ['SCVS3Role', null, 'FixedSCVS3Role']
    ])
  })

  it('with no call center, a template that needs one gives no role rather than a name with {call-center} in it', () => {
    const roles = expandRoles('existing-instance', [], names)
    expect(roles.map((role) => role.roleName)).toEqual([
      'SCVProvisioningRole',
      'SCVAmazonConnectManagementRole'
    ])
  })

  it('two logical roles overridden to the same role are one role', () => {
    const roles = expandRoles('xml-import', ['Acme'], (role) =>
      isPerCallCenter(role) ? 'OneRole' : names(role)
    )
    expect(roles.filter((role) => role.roleName === 'OneRole')).toEqual([
      { logicalRole: 'InstanceRecordingRole', callCenter: 'Acme', roleName: 'OneRole', arn: null }
    ])
  })
})

describe('roleNameFromArn', () => {
  it.each([
    ['arn:aws:iam::123456789012:role/SCVS3Role', 'SCVS3Role'],
    ['arn:aws:iam::123456789012:role/service-role/Acme-ConnectCallRole', 'Acme-ConnectCallRole'],
    ['arn:aws-cn:iam::123456789012:role/a/b/c/Deep.Role@x', 'Deep.Role@x'],
    ['arn:aws-us-gov:iam::123456789012:role/name=with,chars', 'name=with,chars']
  ])('%s -> %s', (arn, name) => {
    expect(roleNameFromArn(arn)).toBe(name)
  })
})

describe('roleArn', () => {
  it('builds a role ARN in the given partition and account', () => {
    expect(roleArn('aws', '123456789012', 'SCVProvisioningRole')).toBe(
      'arn:aws:iam::123456789012:role/SCVProvisioningRole'
    )
    expect(roleArn('aws-us-gov', '210987654321', 'Acme-SCVS3Role')).toBe(
      'arn:aws-us-gov:iam::210987654321:role/Acme-SCVS3Role'
    )
  })

  it('round-trips with roleNameFromArn', () => {
    expect(roleNameFromArn(roleArn('aws-cn', '123456789012', 'Acme-ConnectCallRole'))).toBe(
      'Acme-ConnectCallRole'
    )
  })
})
