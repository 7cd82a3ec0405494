import { describe, expect, it } from '@jest/globals'
import { policiesEquivalent, type PolicyDocument, type PolicyStatement } from '../../src/policy/document.js'
import { analyseTrustPolicy } from '../../src/policy/analysis.js'
import { evaluateTrustPolicy, principalsOf } from '../../src/policy/evaluate.js'
import {
  NoSalesforceTrustError,
  acceptedExternalIds,
  isSalesforceTrustStatement,
  removeExternalIdCondition,
  requireExternalIds,
  requiredExternalIds,
  type TrustScope
} from '../../src/policy/external-id-condition.js'

const SF = '793525387755'
const SF_ROOT = `arn:aws:iam::${SF}:root`
const SF_ROLE = `arn:aws:iam::${SF}:role/SalesforceConnectRole`
const GOV_SF = '222233334444'
const OTHER = '444455556666'
const OTHER_ROOT = `arn:aws:iam::${OTHER}:root`
const GITHUB_OIDC = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'
const ID = 'scv-7f3a9c2e-41d8-4b6a'
const PREVIOUS_ID = 'scv-0b1c2d3e-previous'
const scope: TrustScope = { salesforceAccountIds: [SF] }

const doc = (...statements: object[]): PolicyDocument =>
  ({ Version: '2012-10-17', Statement: statements }) as PolicyDocument
const sfAllow = (fields: object = {}): PolicyStatement =>
  ({ Effect: 'Allow', Principal: { AWS: SF_ROOT }, Action: 'sts:AssumeRole', ...fields }) as PolicyStatement
const requiresId = (ids: string | string[] = ID): PolicyStatement['Condition'] => ({
  StringEquals: { 'sts:ExternalId': ids }
})
const added = (n: number): string => `Statement ${n}: now requires sts:ExternalId (StringEquals)`
const moved = (n: number, operator: string): string =>
  `Statement ${n}: sts:ExternalId under ${operator} replaced by StringEquals`
const split = (n: number): string =>
  `Statement ${n}: split in two; the principals outside the Salesforce account(s) stay in the original ` +
  'statement, the Salesforce principals move to a new statement right after it'

const serviceStatement = {
  Effect: 'Allow',
  Principal: { Service: 'connect.amazonaws.com' },
  Action: 'sts:AssumeRole'
}
const oidcStatement = {
  Effect: 'Allow',
  Principal: { Federated: GITHUB_OIDC },
  Action: 'sts:AssumeRoleWithWebIdentity',
  Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } }
}
const otherAccountStatement = { Effect: 'Allow', Principal: { AWS: OTHER_ROOT }, Action: 'sts:AssumeRole' }

interface Case {
  name: string
  input: PolicyDocument
  expected: PolicyDocument
  notes: string[]
  salesforceStatements: number
  ids?: string[]
  scope?: TrustScope
}

const cases: Case[] = [
  {
    name: "Salesforce's CloudFormation template (root ARN, no condition)",
    input: doc(sfAllow()),
    expected: doc(sfAllow({ Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'a bare account ID principal',
    input: doc(sfAllow({ Principal: { AWS: SF } })),
    expected: doc(sfAllow({ Principal: { AWS: SF }, Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'a role ARN of the Salesforce account',
    input: doc(sfAllow({ Principal: { AWS: SF_ROLE } })),
    expected: doc(sfAllow({ Principal: { AWS: SF_ROLE }, Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'a list of Salesforce principals',
    input: doc(sfAllow({ Principal: { AWS: [SF_ROOT, SF_ROLE] } })),
    expected: doc(sfAllow({ Principal: { AWS: [SF_ROOT, SF_ROLE] }, Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'Action sts:*',
    input: doc(sfAllow({ Action: 'sts:*' })),
    expected: doc(sfAllow({ Action: 'sts:*', Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'Action *',
    input: doc(sfAllow({ Action: '*' })),
    expected: doc(sfAllow({ Action: '*', Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'Action [sts:AssumeRole, sts:TagSession]',
    input: doc(sfAllow({ Action: ['sts:AssumeRole', 'sts:TagSession'] })),
    expected: doc(sfAllow({ Action: ['sts:AssumeRole', 'sts:TagSession'], Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'a wildcard action pattern in another case',
    input: doc(sfAllow({ Action: ['STS:Assume?ole*'] })),
    expected: doc(sfAllow({ Action: ['STS:Assume?ole*'], Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'NotAction that leaves sts:AssumeRole in',
    input: doc(sfAllow({ Action: undefined, NotAction: 'sts:TagSession' })),
    expected: doc(sfAllow({ Action: undefined, NotAction: 'sts:TagSession', Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'Statement as a single object',
    input: { Version: '2012-10-17', Statement: sfAllow() },
    expected: { Version: '2012-10-17', Statement: sfAllow({ Condition: requiresId() }) },
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'an existing condition under another operator',
    input: doc(sfAllow({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
    expected: doc(
      sfAllow({
        Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'sts:ExternalId': ID } }
      })
    ),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'an existing StringEquals block with other keys',
    input: doc(sfAllow({ Condition: { StringEquals: { 'aws:PrincipalTag/team': 'voice' } } })),
    expected: doc(
      sfAllow({ Condition: { StringEquals: { 'aws:PrincipalTag/team': 'voice', 'sts:ExternalId': ID } } })
    ),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'the ID under StringLike',
    input: doc(sfAllow({ Condition: { StringLike: { 'sts:ExternalId': 'scv-*' } } })),
    expected: doc(sfAllow({ Condition: requiresId() })),
    notes: [moved(1, 'StringLike')],
    salesforceStatements: 1
  },
  {
    name: 'the ID under StringLike beside another StringLike key',
    input: doc(
      sfAllow({
        Condition: { StringLike: { 'sts:ExternalId': 'scv-*', 'aws:PrincipalArn': `arn:aws:iam::${SF}:*` } }
      })
    ),
    expected: doc(
      sfAllow({
        Condition: {
          StringLike: { 'aws:PrincipalArn': `arn:aws:iam::${SF}:*` },
          StringEquals: { 'sts:ExternalId': ID }
        }
      })
    ),
    notes: [moved(1, 'StringLike')],
    salesforceStatements: 1
  },
  {
    name: 'the ID under StringEqualsIgnoreCase and ForAllValues:StringEquals',
    input: doc(
      sfAllow({
        Condition: {
          StringEqualsIgnoreCase: { 'sts:ExternalId': PREVIOUS_ID },
          'ForAllValues:StringEquals': { 'sts:ExternalId': [PREVIOUS_ID] }
        }
      })
    ),
    expected: doc(sfAllow({ Condition: requiresId() })),
    notes: [moved(1, 'StringEqualsIgnoreCase'), moved(1, 'ForAllValues:StringEquals')],
    salesforceStatements: 1
  },
  {
    name: 'the ID under StringNotEquals',
    input: doc(sfAllow({ Condition: { StringNotEquals: { 'sts:ExternalId': 'blocked' } } })),
    expected: doc(sfAllow({ Condition: requiresId() })),
    notes: [moved(1, 'StringNotEquals')],
    salesforceStatements: 1
  },
  {
    name: 'a lower-case condition key',
    input: doc(sfAllow({ Condition: { StringEquals: { 'sts:externalid': ID } } })),
    expected: doc(sfAllow({ Condition: requiresId() })),
    notes: ['Statement 1: condition key sts:externalid written as sts:ExternalId'],
    salesforceStatements: 1
  },
  {
    name: 'Salesforce and another account in one statement (split)',
    input: doc(sfAllow({ Sid: 'Trust', Principal: { AWS: [OTHER_ROOT, SF_ROOT] } })),
    expected: doc(
      sfAllow({ Sid: 'Trust', Principal: { AWS: [OTHER_ROOT] } }),
      sfAllow({ Sid: 'TrustSalesforce', Principal: { AWS: [SF_ROOT] }, Condition: requiresId() })
    ),
    notes: [split(1), added(1)],
    salesforceStatements: 1
  },
  {
    name: 'Salesforce and a service in one statement (split, Sid sanitised)',
    input: doc(
      {
        Sid: 'Trust-SCV_1',
        Effect: 'Allow',
        Principal: { AWS: SF_ROOT, Service: 'connect.amazonaws.com' },
        Action: 'sts:AssumeRole'
      },
      serviceStatement
    ),
    expected: doc(
      {
        Sid: 'Trust-SCV_1',
        Effect: 'Allow',
        Principal: { Service: 'connect.amazonaws.com' },
        Action: 'sts:AssumeRole'
      },
      sfAllow({ Sid: 'TrustSCV1Salesforce', Condition: requiresId() }),
      serviceStatement
    ),
    notes: [split(1), added(1)],
    salesforceStatements: 1
  },
  {
    name: 'a split keeping the other conditions on both parts, Sid taken already',
    input: doc(sfAllow({ Sid: 'TrustSalesforce', Principal: { AWS: SF_ROLE } }), {
      Sid: 'Trust',
      Effect: 'Allow',
      Principal: { AWS: [SF_ROOT, OTHER_ROOT, '111122223333'], Federated: GITHUB_OIDC },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Condition: { Bool: { 'aws:SecureTransport': true } }
    }),
    expected: doc(
      sfAllow({ Sid: 'TrustSalesforce', Principal: { AWS: SF_ROLE }, Condition: requiresId() }),
      {
        Sid: 'Trust',
        Effect: 'Allow',
        Principal: { AWS: [OTHER_ROOT, '111122223333'], Federated: GITHUB_OIDC },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: { Bool: { 'aws:SecureTransport': true } }
      },
      {
        Sid: 'TrustSalesforce2',
        Effect: 'Allow',
        Principal: { AWS: [SF_ROOT] },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: { Bool: { 'aws:SecureTransport': true }, StringEquals: { 'sts:ExternalId': ID } }
      }
    ),
    notes: [added(1), split(2), added(2)],
    salesforceStatements: 2
  },
  {
    name: 'a split of a statement without Sid',
    input: doc(sfAllow({ Principal: { AWS: [SF_ROOT, OTHER_ROOT] } })),
    expected: doc(
      sfAllow({ Principal: { AWS: [OTHER_ROOT] } }),
      sfAllow({ Principal: { AWS: [SF_ROOT] }, Condition: requiresId() })
    ),
    notes: [split(1), added(1)],
    salesforceStatements: 1
  },
  {
    name: 'Deny statements naming Salesforce stay as they are',
    input: doc({ Effect: 'Deny', Principal: { AWS: SF_ROOT }, Action: 'sts:TagSession' }, sfAllow(), {
      Effect: 'Deny',
      NotPrincipal: { AWS: SF_ROOT },
      Action: 'sts:AssumeRole'
    }),
    expected: doc(
      { Effect: 'Deny', Principal: { AWS: SF_ROOT }, Action: 'sts:TagSession' },
      sfAllow({ Condition: requiresId() }),
      { Effect: 'Deny', NotPrincipal: { AWS: SF_ROOT }, Action: 'sts:AssumeRole' }
    ),
    notes: [added(2)],
    salesforceStatements: 1
  },
  {
    name: 'service and federated principals stay as they are',
    input: doc(serviceStatement, oidcStatement, sfAllow()),
    expected: doc(serviceStatement, oidcStatement, sfAllow({ Condition: requiresId() })),
    notes: [added(3)],
    salesforceStatements: 1
  },
  {
    name: 'another account and "*" stay as they are',
    input: doc(otherAccountStatement, sfAllow(), {
      Effect: 'Allow',
      Principal: '*',
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }
    }),
    expected: doc(otherAccountStatement, sfAllow({ Condition: requiresId() }), {
      Effect: 'Allow',
      Principal: '*',
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }
    }),
    notes: [added(2)],
    salesforceStatements: 1
  },
  {
    name: 'a Salesforce statement that only allows sts:TagSession stays as it is',
    input: doc(
      sfAllow({ Action: 'sts:TagSession' }),
      sfAllow({ NotAction: 'sts:AssumeRole', Action: undefined }),
      sfAllow()
    ),
    expected: doc(
      sfAllow({ Action: 'sts:TagSession' }),
      sfAllow({ NotAction: 'sts:AssumeRole', Action: undefined }),
      sfAllow({ Condition: requiresId() })
    ),
    notes: [added(3)],
    salesforceStatements: 1
  },
  {
    name: 'two Salesforce accounts',
    input: doc(
      sfAllow(),
      sfAllow({ Principal: { AWS: `arn:aws-us-gov:iam::${GOV_SF}:root` } }),
      otherAccountStatement
    ),
    expected: doc(
      sfAllow({ Condition: requiresId() }),
      sfAllow({ Principal: { AWS: `arn:aws-us-gov:iam::${GOV_SF}:root` }, Condition: requiresId() }),
      otherAccountStatement
    ),
    notes: [added(1), added(2)],
    salesforceStatements: 2,
    scope: { salesforceAccountIds: [SF, GOV_SF] }
  },
  {
    name: 'the aws-us-gov partition',
    input: doc(sfAllow({ Principal: { AWS: `arn:aws-us-gov:iam::${GOV_SF}:root` } })),
    expected: doc(
      sfAllow({ Principal: { AWS: `arn:aws-us-gov:iam::${GOV_SF}:root` }, Condition: requiresId() })
    ),
    notes: [added(1)],
    salesforceStatements: 1,
    scope: { salesforceAccountIds: [GOV_SF] }
  },
  {
    name: 'the aws-cn partition',
    input: doc(sfAllow({ Principal: { AWS: `arn:aws-cn:iam::${SF}:role/SCV` } })),
    expected: doc(sfAllow({ Principal: { AWS: `arn:aws-cn:iam::${SF}:role/SCV` }, Condition: requiresId() })),
    notes: [added(1)],
    salesforceStatements: 1
  },
  {
    name: 'the same ID already applied',
    input: doc(serviceStatement, sfAllow({ Condition: requiresId() })),
    expected: doc(serviceStatement, sfAllow({ Condition: requiresId() })),
    notes: [],
    salesforceStatements: 1
  },
  {
    name: 'a previous ID (replaced)',
    input: doc(sfAllow({ Condition: requiresId(PREVIOUS_ID) })),
    expected: doc(sfAllow({ Condition: requiresId() })),
    notes: ['Statement 1: accepted sts:ExternalId values replaced'],
    salesforceStatements: 1
  },
  {
    name: 'an overlap: the previous and the new ID, in the given order',
    input: doc(sfAllow({ Condition: requiresId(PREVIOUS_ID) })),
    expected: doc(sfAllow({ Condition: requiresId([PREVIOUS_ID, ID]) })),
    notes: ['Statement 1: accepted sts:ExternalId values replaced'],
    salesforceStatements: 1,
    ids: [PREVIOUS_ID, ID, PREVIOUS_ID]
  },
  {
    name: 'several Salesforce statements',
    input: doc(
      sfAllow({ Sid: 'Root' }),
      serviceStatement,
      sfAllow({ Sid: 'Role', Principal: { AWS: SF_ROLE } })
    ),
    expected: doc(
      sfAllow({ Sid: 'Root', Condition: requiresId() }),
      serviceStatement,
      sfAllow({ Sid: 'Role', Principal: { AWS: SF_ROLE }, Condition: requiresId() })
    ),
    notes: [added(1), added(3)],
    salesforceStatements: 2
  },
  {
    name: 'fields the action does not interpret are kept',
    input: {
      Version: '2012-10-17',
      Id: 'scv-trust',
      Statement: [sfAllow({ Resource: '*', Custom: { a: 1 } })]
    },
    expected: {
      Version: '2012-10-17',
      Id: 'scv-trust',
      Statement: [sfAllow({ Resource: '*', Custom: { a: 1 }, Condition: requiresId() })]
    },
    notes: [added(1)],
    salesforceStatements: 1
  }
]

/** Drops the keys set to undefined by the helpers, as JSON would. */
const asJson = (value: PolicyDocument): PolicyDocument => JSON.parse(JSON.stringify(value)) as PolicyDocument

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

describe('requireExternalIds', () => {
  it(`covers at least 25 trust policy shapes (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
  })

  describe.each(cases)('$name', (testCase) => {
    const input = asJson(testCase.input)
    const run = () =>
      requireExternalIds(analyseTrustPolicy(input, testCase.scope ?? scope), testCase.ids ?? [ID])

    it('writes exactly the expected document, notes and count', () => {
      const result = run()
      expect(result.document).toEqual(asJson(testCase.expected))
      expect(result.notes).toEqual(testCase.notes)
      expect(result.salesforceStatements).toBe(testCase.salesforceStatements)
    })

    it('does not mutate its input', () => {
      const snapshot = structuredClone(input)
      expect(() =>
        requireExternalIds(analyseTrustPolicy(deepFreeze(structuredClone(input)), testCase.scope ?? scope), [
          ID
        ])
      ).not.toThrow()
      run()
      expect(input).toEqual(snapshot)
    })

    it('is idempotent: a second run changes nothing and has nothing to note', () => {
      const once = run().document
      const twice = requireExternalIds(
        analyseTrustPolicy(once, testCase.scope ?? scope),
        testCase.ids ?? [ID]
      )
      expect(policiesEquivalent(twice.document, once)).toBe(true)
      expect(twice.notes).toEqual([])
    })

    it('never puts an external ID into its notes', () => {
      const notes = run().notes.join('\n')
      expect(notes).not.toContain(ID)
      expect(notes).not.toContain(PREVIOUS_ID)
    })

    it('asks Salesforce for the ID and answers everyone else as before', () => {
      const after = run().document
      const ids = testCase.ids ?? [ID]
      const salesforceAccounts = (testCase.scope ?? scope).salesforceAccountIds
      for (const principal of principalsOf(input)) {
        const isSalesforce = salesforceAccounts.some((account) => principal.id.includes(`:${account}:`))
        for (const externalId of [undefined, ID, PREVIOUS_ID, 'unknown-id']) {
          const request = { principal, externalId }
          const before = evaluateTrustPolicy(input, request)
          const now = evaluateTrustPolicy(after, request)
          if (!isSalesforce) expect(now).toBe(before)
          else if (externalId === undefined || !ids.includes(externalId)) expect(now).not.toBe('allow')
        }
        if (isSalesforce) {
          for (const externalId of ids) {
            const withoutCondition = evaluateTrustPolicy(
              removeExternalIdCondition(analyseTrustPolicy(input, testCase.scope ?? scope)).document,
              {
                principal
              }
            )
            expect(evaluateTrustPolicy(after, { principal, externalId })).toBe(withoutCondition)
          }
        }
      }
    })
  })

  it('returns a document equivalent to the input when the ID is already required', () => {
    const applied = doc(
      serviceStatement,
      sfAllow({ Condition: { stringEquals: { 'sts:ExternalId': [ID] } } })
    )
    const result = requireExternalIds(analyseTrustPolicy(applied, scope), [ID])
    expect(policiesEquivalent(result.document, applied)).toBe(true)
    expect(result.notes).toEqual([])
  })

  it.each<[string, PolicyDocument]>([
    ['only a service principal', doc(serviceStatement)],
    ['only a federated principal', doc(oidcStatement)],
    ['only another account', doc(otherAccountStatement)],
    ['only "*"', doc({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' })],
    [
      'only a Deny for Salesforce',
      doc({ Effect: 'Deny', Principal: { AWS: SF_ROOT }, Action: 'sts:AssumeRole' })
    ],
    ['only sts:TagSession for Salesforce', doc(sfAllow({ Action: 'sts:TagSession' }))],
    [
      'Salesforce only under NotPrincipal',
      doc({ Effect: 'Allow', NotPrincipal: { AWS: SF_ROOT }, Action: '*' })
    ]
  ])('throws NoSalesforceTrustError for %s, without any ID in the message', (_name, input) => {
    expect(() => requireExternalIds(analyseTrustPolicy(input, scope), [ID])).toThrow(NoSalesforceTrustError)
    expect(() => requireExternalIds(analyseTrustPolicy(input, scope), [ID])).not.toThrow(ID)
  })

  it('refuses an empty list of IDs', () => {
    expect(() => requireExternalIds(analyseTrustPolicy(doc(sfAllow()), scope), [])).toThrow(
      /at least one external ID/
    )
  })
})

describe('isSalesforceTrustStatement', () => {
  it.each<[string, object, boolean]>([
    ['the template statement', sfAllow(), true],
    [
      'an assumed-role session ARN of the account',
      sfAllow({ Principal: { AWS: `arn:aws:sts::${SF}:assumed-role/x/y` } }),
      true
    ],
    ['a principal of another account', sfAllow({ Principal: { AWS: OTHER_ROOT } }), false],
    ['"*"', sfAllow({ Principal: '*' }), false],
    ['{"AWS": "*"}', sfAllow({ Principal: { AWS: '*' } }), false],
    ['a service principal', sfAllow({ Principal: { Service: 'connect.amazonaws.com' } }), false],
    ['a Deny', sfAllow({ Effect: 'Deny' }), false],
    ['sts:AssumeRoleWithWebIdentity', sfAllow({ Action: 'sts:AssumeRoleWithWebIdentity' }), false],
    ['an action pattern that does not match', sfAllow({ Action: 'sts:Assume' }), false],
    ['iam:*', sfAllow({ Action: 'iam:*' }), false],
    ['NotAction sts:*', sfAllow({ Action: undefined, NotAction: 'sts:*' }), false],
    ['NotAction iam:*', sfAllow({ Action: undefined, NotAction: 'iam:*' }), true],
    ['no Action nor NotAction', sfAllow({ Action: undefined }), false],
    ['no Principal', sfAllow({ Principal: undefined }), false]
  ])('%s -> %s', (_name, statement, expected) => {
    const [parsed] = asJson(doc(statement)).Statement as PolicyStatement[]
    expect(isSalesforceTrustStatement(parsed!, scope)).toBe(expected)
  })
})

describe('removeExternalIdCondition', () => {
  const removed = (n: number, operator: string): string =>
    `Statement ${n}: sts:ExternalId condition (${operator}) removed`

  it.each<[string, PolicyDocument, PolicyDocument, string[]]>([
    [
      'the only condition',
      doc(sfAllow({ Condition: requiresId() })),
      doc(sfAllow()),
      [removed(1, 'StringEquals')]
    ],
    [
      'the key beside other keys and operators',
      doc(
        sfAllow({
          Condition: {
            StringEquals: { 'sts:ExternalId': ID, 'aws:PrincipalTag/team': 'voice' },
            StringLike: { 'sts:externalid': 'scv-*' },
            Bool: { 'aws:SecureTransport': 'true' }
          }
        })
      ),
      doc(
        sfAllow({
          Condition: {
            StringEquals: { 'aws:PrincipalTag/team': 'voice' },
            Bool: { 'aws:SecureTransport': 'true' }
          }
        })
      ),
      [removed(1, 'StringEquals'), removed(1, 'StringLike')]
    ],
    ['a statement without the condition', doc(sfAllow({ Sid: 'A' })), doc(sfAllow({ Sid: 'A' })), []],
    [
      'a mixed statement (split: the other account keeps its condition)',
      doc(sfAllow({ Sid: 'T', Principal: { AWS: [SF_ROOT, OTHER_ROOT] }, Condition: requiresId() })),
      doc(
        sfAllow({ Sid: 'T', Principal: { AWS: [OTHER_ROOT] }, Condition: requiresId() }),
        sfAllow({ Sid: 'TSalesforce', Principal: { AWS: [SF_ROOT] } })
      ),
      [split(1), removed(1, 'StringEquals')]
    ],
    [
      'a mixed statement without the condition (no split)',
      doc(sfAllow({ Principal: { AWS: [SF_ROOT, OTHER_ROOT] } })),
      doc(sfAllow({ Principal: { AWS: [SF_ROOT, OTHER_ROOT] } })),
      []
    ],
    [
      'statements of other principals keep theirs',
      doc({ ...otherAccountStatement, Condition: requiresId() }, sfAllow({ Condition: requiresId() })),
      doc({ ...otherAccountStatement, Condition: requiresId() }, sfAllow()),
      [removed(2, 'StringEquals')]
    ]
  ])('removes %s', (_name, input, expected, notes) => {
    const frozen = deepFreeze(asJson(input))
    const result = removeExternalIdCondition(analyseTrustPolicy(frozen, scope))
    expect(result.document).toEqual(asJson(expected))
    expect(result.notes).toEqual(notes)
    expect(result.notes.join('\n')).not.toContain(ID)
    expect(result.salesforceStatements).toBe(1)
  })

  it('undoes requireExternalIds on the template', () => {
    const template = doc(sfAllow())
    const applied = requireExternalIds(analyseTrustPolicy(template, scope), [ID]).document
    expect(removeExternalIdCondition(analyseTrustPolicy(applied, scope)).document).toEqual(template)
  })

  it('throws NoSalesforceTrustError when no statement trusts Salesforce', () => {
    expect(() => removeExternalIdCondition(analyseTrustPolicy(doc(serviceStatement), scope))).toThrow(
      NoSalesforceTrustError
    )
  })
})

describe('requiredExternalIds', () => {
  it('reports, by statement index, the IDs each Salesforce statement requires', () => {
    const policy = doc(
      serviceStatement,
      sfAllow(),
      sfAllow({ Condition: { StringEquals: { 'sts:ExternalId': [PREVIOUS_ID, ID] } } }),
      { ...otherAccountStatement, Condition: requiresId('not-salesforce') },
      sfAllow({ Condition: { StringLike: { 'sts:externalid': 'scv-*' } } }),
      sfAllow({
        Condition: { StringLike: { 'sts:ExternalId': 'scv-*' }, StringEquals: { 'sts:ExternalId': ID } }
      })
    )
    expect(requiredExternalIds(policy, scope)).toEqual([
      { statementIndex: 1, operator: null, ids: null },
      { statementIndex: 2, operator: 'StringEquals', ids: [PREVIOUS_ID, ID] },
      { statementIndex: 4, operator: 'StringLike', ids: ['scv-*'] },
      { statementIndex: 5, operator: 'StringEquals', ids: [ID] }
    ])
  })

  it('is empty for a policy without Salesforce statements', () => {
    expect(requiredExternalIds(doc(serviceStatement), scope)).toEqual([])
  })
})

describe('acceptedExternalIds', () => {
  it('unites the StringEquals IDs of the Salesforce statements in first-seen order', () => {
    const policy = doc(
      sfAllow({ Condition: requiresId([PREVIOUS_ID, ID]) }),
      sfAllow({
        Principal: { AWS: SF_ROLE },
        Condition: { stringequals: { 'STS:ExternalID': ['third', PREVIOUS_ID] } }
      }),
      sfAllow({ Condition: { StringLike: { 'sts:ExternalId': 'like-*' } } }),
      { ...otherAccountStatement, Condition: requiresId('not-salesforce') },
      sfAllow()
    )
    expect(acceptedExternalIds(policy, scope)).toEqual([PREVIOUS_ID, ID, 'third'])
  })

  it('is empty when no Salesforce statement requires an ID', () => {
    expect(
      acceptedExternalIds(doc(sfAllow(), { ...otherAccountStatement, Condition: requiresId() }), scope)
    ).toEqual([])
  })
})
