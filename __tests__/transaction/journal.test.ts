import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { StoredRole } from '../../src/aws/roles.js'
import { Journal, journalPath, type JournalContent } from '../../src/transaction/journal.js'
import { ACCOUNT, NEW_ID, ORIGINAL_POLICY, journalFile, policyRequiring, target } from '../aws/iam-fake.js'

const A = target('SCVAmazonConnectManagementRole', 'AmazonConnectManagementRole')
const B = target('Acme-SCVS3Role', 'SCVS3Role')
const original = (role: typeof A, json: string): StoredRole => ({
  target: role,
  json,
  document: JSON.parse(json),
  tags: { team: 'contact-center' },
  readAt: Date.now()
})
const A_JSON = JSON.stringify(ORIGINAL_POLICY, null, 2)
const NEW_JSON = JSON.stringify(policyRequiring(NEW_ID))
const content = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JournalContent

describe('Journal', () => {
  it('starts with every original, byte for byte, in a file only the runner user can read', () => {
    const path = journalFile()
    const journal = Journal.create(path, ACCOUNT, [original(A, A_JSON), original(B, NEW_JSON)])

    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(content(path)).toMatchObject({
      accountId: ACCOUNT,
      state: 'writing',
      roles: [
        {
          roleName: A.roleName,
          arn: A.arn,
          trustPolicy: A_JSON,
          tags: { team: 'contact-center' },
          written: []
        },
        { roleName: B.roleName, trustPolicy: NEW_JSON, written: [], taggedWith: null }
      ]
    })
    expect(journal.touched).toEqual([])
  })

  it('records each write once, in order, and what it records is what a post step reads', () => {
    const path = journalFile()
    const journal = Journal.create(path, ACCOUNT, [original(A, A_JSON), original(B, A_JSON)])
    journal.record(A.roleName, { policyJson: NEW_JSON })
    journal.record(A.roleName, { policyJson: NEW_JSON })
    journal.record(B.roleName, { tags: { 'scv-external-id:fingerprint': 'sha256:111111111111' } })
    journal.record(B.roleName, { policyJson: A_JSON, tags: { 'scv-external-id:rotated-at': '2026-11-30' } })

    const read = Journal.read(path)
    expect(read?.touched.map((role) => [role.roleName, role.written, role.taggedWith])).toEqual([
      [A.roleName, [NEW_JSON], null],
      [
        B.roleName,
        [A_JSON],
        { 'scv-external-id:fingerprint': 'sha256:111111111111', 'scv-external-id:rotated-at': '2026-11-30' }
      ]
    ])
    expect(read?.state).toBe('writing')
    expect(existsSync(`${path}.partial`)).toBe(false)

    journal.settle()
    expect(Journal.read(path)?.state).toBe('settled')
  })

  it('is absent when the main step stopped before any write', () => {
    expect(Journal.read(journalFile())).toBeNull()
  })

  it('goes to RUNNER_TEMP, named after the run', () => {
    const path = journalPath({ RUNNER_TEMP: '/runner/temp', GITHUB_RUN_ID: '4242' })
    expect(path.startsWith(join('/runner/temp', 'scv-external-id-backup-4242-'))).toBe(true)
  })
})
