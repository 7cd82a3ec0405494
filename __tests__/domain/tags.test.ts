import { describe, expect, it } from '@jest/globals'
import {
  appliedTimes,
  TAG_APPLIED_AT,
  TAG_FINGERPRINT,
  restoringTags,
  tagChanges,
  tagLimitProblem
} from '../../src/domain/tags.js'

const NOW = new Date('2025-03-01T12:00:00.000Z')
const EARLIER = '2024-12-01T08:30:00.000Z'
const NEW = 'sha256:aaaaaaaaaaaa'
const OLD = 'sha256:bbbbbbbbbbbb'

describe('tag names', () => {
  it('are namespaced', () => {
    expect([TAG_FINGERPRINT, TAG_APPLIED_AT]).toEqual([
      'scv-external-id:fingerprint',
      'scv-external-id:applied-at'
    ])
  })
})

describe('tagChanges after an apply', () => {
  it('sets the fingerprint and the time on a role without tags', () => {
    expect(tagChanges({}, NEW, NOW)).toEqual({ [TAG_FINGERPRINT]: NEW, [TAG_APPLIED_AT]: NOW.toISOString() })
  })

  it('resets the time when the fingerprint changes', () => {
    const current = { [TAG_FINGERPRINT]: OLD, [TAG_APPLIED_AT]: EARLIER, team: 'voice' }
    expect(tagChanges(current, NEW, NOW)).toEqual({
      [TAG_FINGERPRINT]: NEW,
      [TAG_APPLIED_AT]: NOW.toISOString()
    })
  })

  it('changes nothing when the fingerprint is already there with a time, so the age is kept', () => {
    expect(tagChanges({ [TAG_FINGERPRINT]: NEW, [TAG_APPLIED_AT]: EARLIER }, NEW, NOW)).toBeNull()
  })

  it('writes the time when the fingerprint is there but the time is missing or empty', () => {
    const expected = { [TAG_FINGERPRINT]: NEW, [TAG_APPLIED_AT]: NOW.toISOString() }
    expect(tagChanges({ [TAG_FINGERPRINT]: NEW }, NEW, NOW)).toEqual(expected)
    expect(tagChanges({ [TAG_FINGERPRINT]: NEW, [TAG_APPLIED_AT]: '' }, NEW, NOW)).toEqual(expected)
  })

  it('never touches other tags', () => {
    const changes = tagChanges({ team: 'voice', [TAG_FINGERPRINT]: OLD }, NEW, NOW)
    expect(Object.keys(changes ?? {}).sort()).toEqual([TAG_APPLIED_AT, TAG_FINGERPRINT])
  })
})

describe('tagChanges after a disable', () => {
  it('removes both tags', () => {
    expect(
      tagChanges({ [TAG_FINGERPRINT]: OLD, [TAG_APPLIED_AT]: EARLIER, team: 'voice' }, null, NOW)
    ).toEqual({
      [TAG_FINGERPRINT]: null,
      [TAG_APPLIED_AT]: null
    })
  })

  it('removes only the tags that are there', () => {
    expect(tagChanges({ [TAG_APPLIED_AT]: EARLIER }, null, NOW)).toEqual({ [TAG_APPLIED_AT]: null })
  })

  it('changes nothing on a role without the tags', () => {
    expect(tagChanges({ team: 'voice' }, null, NOW)).toBeNull()
  })
})

describe('restoringTags', () => {
  it('writes back the original values of the changed tags', () => {
    const original = { [TAG_FINGERPRINT]: OLD, [TAG_APPLIED_AT]: EARLIER, team: 'voice' }
    const changed = { [TAG_FINGERPRINT]: NEW, [TAG_APPLIED_AT]: NOW.toISOString() }
    expect(restoringTags(original, changed)).toEqual({ [TAG_FINGERPRINT]: OLD, [TAG_APPLIED_AT]: EARLIER })
  })

  it('removes tags that did not exist before', () => {
    const changed = { [TAG_FINGERPRINT]: NEW, [TAG_APPLIED_AT]: NOW.toISOString() }
    expect(restoringTags({}, changed)).toEqual({ [TAG_FINGERPRINT]: null, [TAG_APPLIED_AT]: null })
  })

  it('puts back tags that a disable removed', () => {
    const original = { [TAG_FINGERPRINT]: OLD, [TAG_APPLIED_AT]: EARLIER }
    expect(restoringTags(original, { [TAG_FINGERPRINT]: null, [TAG_APPLIED_AT]: null })).toEqual(original)
  })
})

describe('tagChanges with one ID per Salesforce org', () => {
  const orgs = { prod: NEW, sandbox: OLD }
  const orgTags = {
    [`${TAG_FINGERPRINT}:prod`]: NEW,
    [`${TAG_FINGERPRINT}:sandbox`]: OLD,
    [TAG_APPLIED_AT]: EARLIER
  }

  it('sets one fingerprint tag per label and removes the single-ID tag', () => {
    expect(tagChanges({ [TAG_FINGERPRINT]: OLD, [TAG_APPLIED_AT]: EARLIER }, orgs, NOW)).toEqual({
      [`${TAG_FINGERPRINT}:prod`]: NEW,
      [`${TAG_FINGERPRINT}:sandbox`]: OLD,
      [TAG_FINGERPRINT]: null,
      [TAG_APPLIED_AT]: NOW.toISOString()
    })
  })

  it('changes nothing when every label already carries its fingerprint', () => {
    expect(tagChanges({ ...orgTags, team: 'voice' }, orgs, NOW)).toBeNull()
  })

  it("removes the tag of an org no longer listed, keeping the time when the others' are unchanged", () => {
    expect(tagChanges(orgTags, { prod: NEW }, NOW)).toEqual({
      [`${TAG_FINGERPRINT}:prod`]: NEW,
      [`${TAG_FINGERPRINT}:sandbox`]: null,
      [TAG_APPLIED_AT]: EARLIER
    })
  })

  it('resets the time when one org rotates', () => {
    expect(tagChanges(orgTags, { prod: NEW, sandbox: 'sha256:cccccccccccc' }, NOW)).toEqual({
      [`${TAG_FINGERPRINT}:prod`]: NEW,
      [`${TAG_FINGERPRINT}:sandbox`]: 'sha256:cccccccccccc',
      [TAG_APPLIED_AT]: NOW.toISOString()
    })
  })

  it('disable removes every fingerprint tag', () => {
    expect(tagChanges({ ...orgTags, team: 'voice' }, null, NOW)).toEqual({
      [`${TAG_FINGERPRINT}:prod`]: null,
      [`${TAG_FINGERPRINT}:sandbox`]: null,
      [TAG_APPLIED_AT]: null
    })
  })
})

describe('tagLimitProblem', () => {
  const many = (count: number, prefix = 'team') =>
    Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}-${index}`, 'x']))

  it('allows 50 tags, not counting aws: tags or removed ones', () => {
    const current = { ...many(48), ...many(5, 'aws:cloudformation'), [TAG_FINGERPRINT]: OLD }
    expect(tagLimitProblem(current, { [TAG_FINGERPRINT]: null, a: 'x', b: 'y' })).toBeNull()
  })

  it('refuses a 51st tag', () => {
    expect(tagLimitProblem(many(49), { a: 'x', b: 'y' })).toContain("51 tags, over IAM's quota of 50")
  })

  it.each([
    ['an empty key', { '': 'x' }, 'is not 1 to 128'],
    ['a key of 129 characters', { ['k'.repeat(129)]: 'x' }, 'is not 1 to 128'],
    ['a key with a character IAM refuses', { 'team#1': 'x' }, 'is not 1 to 128'],
    ['a key in the reserved aws: namespace', { 'AWS:owner': 'x' }, 'starts with aws:'],
    ['a value of 257 characters', { team: 'v'.repeat(257) }, 'value of tag "team" is not at most 256'],
    ['a value with a character IAM refuses', { team: 'a,b' }, 'value of tag "team" is not at most 256']
  ])('refuses %s, as TagRole would', (_name, changes, message) => {
    expect(tagLimitProblem({}, changes)).toContain(message)
  })

  it('accepts what IAM accepts: 128/256 characters of letters (any script), digits, spaces and _.:/=+-@', () => {
    expect(tagLimitProblem({}, { ['k'.repeat(128)]: 'v'.repeat(256) })).toBeNull()
    expect(tagLimitProblem({}, { 'équipe: a/b=c+d-e@f_g.h': 'Zürich 2025-03-01T12:00:00.000Z' })).toBeNull()
    expect(tagLimitProblem({}, { team: '' })).toBeNull()
  })

  it('does not judge the keys it removes', () => {
    expect(tagLimitProblem({ 'aws:x': 'y' }, { 'aws:x': null })).toBeNull()
  })

  it('never quotes a value', () => {
    expect(tagLimitProblem({}, { team: 'secret-value,with-comma' })).not.toContain('secret-value')
  })
})

describe('appliedTimes', () => {
  it('reads the applied-at tag of each role that has a valid one, by ARN', () => {
    const role = (arn: string, tags: Record<string, string>) => ({ target: { arn }, tags })
    expect(
      appliedTimes([
        role('arn:a', { [TAG_APPLIED_AT]: '2026-03-14T09:31:02.000Z' }),
        role('arn:b', { [TAG_APPLIED_AT]: 'yesterday' }),
        role('arn:c', {})
      ])
    ).toEqual({ 'arn:a': new Date('2026-03-14T09:31:02Z') })
  })
})
