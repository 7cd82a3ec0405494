import { describe, expect, it } from '@jest/globals'
import { conditionHolds, isKnownOperator, type ContextValue } from '../../src/policy/condition-operators.js'

const SF_ROLE = 'arn:aws:iam::793525387755:role/SCVProvisioning'

/** [operator, policy value(s), request value (undefined: key absent), holds] */
const cases: Array<[string, unknown, ContextValue | undefined, boolean]> = [
  // Strings: exact, case-folded, wildcards; several policy values are ORed, negated ones NORed.
  ['StringEquals', 'abc', 'abc', true],
  ['StringEquals', 'abc', 'ABC', false],
  ['stringequals', ['x', 'abc'], 'abc', true],
  ['StringNotEquals', ['x', 'abc'], 'abc', false],
  ['StringNotEquals', ['x', 'y'], 'abc', true],
  ['StringEqualsIgnoreCase', 'abc', 'ABC', true],
  ['StringNotEqualsIgnoreCase', 'abc', 'ABC', false],
  ['StringLike', 'a*c?', 'abbbcd', true],
  ['StringLike', 'a*c', 'ABC', false],
  ['StringNotLike', 'a*', 'abc', false],
  // A missing key: fails, except IfExists, ForAllValues and the negated operators.
  ['StringEquals', 'abc', undefined, false],
  ['StringEqualsIfExists', 'abc', undefined, true],
  ['StringEqualsIfExists', 'abc', 'abd', false],
  ['StringNotEquals', 'abc', undefined, true],
  ['ForAllValues:StringEquals', 'abc', undefined, true],
  ['ForAnyValue:StringEquals', 'abc', undefined, false],
  // Multivalued keys need a set operator.
  ['StringEquals', 'abc', ['abc'], false],
  ['ForAnyValue:StringEquals', ['abc', 'x'], ['q', 'abc'], true],
  ['ForAllValues:StringEquals', ['abc', 'x'], ['x', 'abc'], true],
  ['ForAllValues:StringEquals', ['abc'], ['x', 'abc'], false],
  ['ForAnyValue:StringNotEquals', ['abc'], ['abc', 'q'], true],
  // Null: whether the key is absent.
  ['Null', 'true', undefined, true],
  ['Null', 'false', undefined, false],
  ['Null', 'FALSE', 'anything', true],
  ['ForAnyValue:Null', 'true', undefined, false],
  // Bool: only true and false, any case.
  ['Bool', 'true', 'TRUE', true],
  ['Bool', 'true', 'yes', false],
  ['Bool', ['true'], 'false', false],
  ['Bool', true, 'true', true],
  // ARNs: field by field with wildcards; ArnEquals as ArnLike.
  ['ArnLike', 'arn:aws:iam::793525387755:role/SCV*', SF_ROLE, true],
  ['ArnEquals', 'arn:aws:iam::*:role/SCVProvisioning', SF_ROLE, true],
  ['ArnLike', 'arn:aws:iam::793525387755:role/scv*', SF_ROLE, false],
  ['ArnNotLike', 'arn:aws:iam::111122223333:*', SF_ROLE, true],
  ['ArnLike', 'not an arn', SF_ROLE, false],
  // Numbers and dates compare as such; text that is neither never matches.
  ['NumericLessThan', '10', '9.5', true],
  ['NumericGreaterThanEquals', 10, '10', true],
  ['NumericEquals', '1e1', '10', true],
  ['NumericEquals', 'ten', '10', false],
  ['NumericNotEquals', '5', '6', true],
  ['DateLessThan', '2026-01-01T00:00:00Z', '2025-12-31T23:59:59Z', true],
  ['DateEquals', '1767225600', '2026-01-01T00:00:00Z', true],
  ['DateGreaterThan', '2026-01-01T00:00:00Z', 'yesterday', false],
  ['DateNotEquals', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', true],
  // IP ranges, IPv4 and IPv6; the two never match each other.
  ['IpAddress', '203.0.113.0/24', '203.0.113.77', true],
  ['IpAddress', '203.0.113.0/24', '203.0.114.1', false],
  ['IpAddress', '203.0.113.7', '203.0.113.7', true],
  ['NotIpAddress', '203.0.113.0/24', '198.51.100.1', true],
  ['IpAddress', '2001:db8::/32', '2001:db8:0:1::5', true],
  ['IpAddress', '2001:db8::/32', '203.0.113.7', false],
  ['IpAddress', '203.0.113.0/33', '203.0.113.7', false],
  ['IpAddress', '256.0.0.0/8', '256.0.0.1', false],
  // Unknown operators never hold.
  ['StringMatchesRegex', '.*', 'abc', false],
  ['ForAnyValue:StringLike:Extra', '*', 'abc', false]
]

describe('conditionHolds', () => {
  it.each(cases)('%s %j against %j: %s', (operator, policyValues, contextValue, holds) => {
    expect(conditionHolds(operator, policyValues, contextValue)).toBe(holds)
  })
})

describe('isKnownOperator', () => {
  it.each([
    ['StringEquals', true],
    ['forallvalues:stringlikeifexists', true],
    ['Null', true],
    ['ForAnyValue:Null', false],
    ['NumericEqualsIfExists', true],
    ['StringMatchesRegex', false],
    ['', false]
  ])('%s: %s', (operator, known) => {
    expect(isKnownOperator(operator)).toBe(known)
  })
})
