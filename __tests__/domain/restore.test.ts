import { describe, expect, it } from '@jest/globals'
import {
  leftChanged,
  restoreDecision,
  type RestoreCase,
  type RestoreDecision
} from '../../src/domain/restore.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'

const statement = (id: string | null): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::793525387755:root' },
  Action: 'sts:AssumeRole',
  ...(id === null ? {} : { Condition: { StringEquals: { 'sts:ExternalId': id } } })
})
const policy = (id: string | null): PolicyDocument => ({ Version: '2012-10-17', Statement: [statement(id)] })
const ORIGINAL = policy(null)
const OURS = policy('new-id')
const CANARY = policy('canary-id')
const SOMEONE_ELSES = policy('another-id')
/** The original with its statement as a single object: the same policy to IAM. */
const ORIGINAL_REWRITTEN: PolicyDocument = { Version: '2012-10-17', Statement: statement(null) }

const holding = (document: PolicyDocument, tags: Record<string, string> = {}) => ({ document, tags })
const leave: RestoreDecision = { action: 'leave-to-other-writer' }
const restore = (writeOriginal: boolean, ourTags: Record<string, string | null> = {}): RestoreDecision => ({
  action: 'restore',
  writeOriginal,
  ourTags
})

const cases: Array<{ name: string; role: Partial<RestoreCase>; expected: RestoreDecision }> = [
  {
    name: 'IAM holds our change: the original goes back',
    role: { current: holding(OURS) },
    expected: restore(true)
  },
  {
    name: 'IAM holds our canary version',
    role: { current: holding(CANARY), written: [OURS, CANARY] },
    expected: restore(true)
  },
  {
    name: 'IAM holds the original, main step: written again (a read may lag the write)',
    role: { current: holding(ORIGINAL) },
    expected: restore(true)
  },
  {
    name: 'IAM holds the original, post step: left alone',
    role: { current: holding(ORIGINAL), rewriteOriginal: false },
    expected: restore(false)
  },
  {
    name: 'IAM holds the original in another spelling, post step',
    role: { current: holding(ORIGINAL_REWRITTEN), rewriteOriginal: false },
    expected: restore(false)
  },
  {
    name: 'IAM holds a document nobody of this run wrote',
    role: { current: holding(SOMEONE_ELSES) },
    expected: leave
  },
  { name: 'the role was deleted', role: { current: null }, expected: leave },
  {
    name: 'the role could not be read: restored without comparing',
    role: { current: undefined, rewriteOriginal: false },
    expected: restore(true)
  },
  {
    name: 'only tags were written, role deleted',
    role: { written: [], current: null },
    expected: restore(false)
  },
  {
    name: 'only tags were written: the ones still ours go back, one changed since stays',
    role: {
      written: [],
      taggedWith: { fingerprint: 'sha256:111111111111', 'applied-at': '2025-06-01', removed: null },
      current: holding(SOMEONE_ELSES, { fingerprint: 'sha256:111111111111', 'applied-at': '2025-07-01' })
    },
    expected: restore(false, { fingerprint: 'sha256:111111111111', removed: null })
  },
  {
    name: 'tags of an unreadable role all go back',
    role: { taggedWith: { fingerprint: 'sha256:111111111111' }, current: undefined },
    expected: restore(true, { fingerprint: 'sha256:111111111111' })
  },
  {
    name: 'tags of a role another writer took are left with it',
    role: {
      taggedWith: { fingerprint: 'sha256:111111111111' },
      current: holding(SOMEONE_ELSES, { fingerprint: 'sha256:111111111111' })
    },
    expected: leave
  }
]

describe('restoreDecision', () => {
  it.each(cases)('$name', ({ role, expected }) => {
    const given: RestoreCase = {
      original: ORIGINAL,
      written: [OURS],
      taggedWith: null,
      current: holding(OURS),
      rewriteOriginal: true,
      ...role
    }
    expect(restoreDecision(given)).toEqual(expected)
  })
})

describe('leftChanged', () => {
  it.each([
    ['restored', false],
    ['untouched', false],
    ['other-writer', true],
    ['restore-failed', true]
  ] as const)('%s: %s', (state, changed) => {
    expect(leftChanged({ roleName: 'r', state, detail: null })).toBe(changed)
  })
})
