import { describe, expect, it } from '@jest/globals'
import { compareWithOracle } from './oracle-comparison.js'

// `npm run oracle` (run by .ci/run) compares 5,000 policies; this is its quick sibling.
describe('the guard and both evaluators against @cloud-copilot/iam-simulate', () => {
  it('agree on every decision, and every plan either refuses or is confirmed by the oracle', async () => {
    const result = await compareWithOracle(150, 20261130, 1)
    expect(result.disagreements).toEqual([])
    expect(result.unsound).toEqual([])
    // The generated policies reach both outcomes of a plan often enough to mean something.
    expect(result.confirmed).toBeGreaterThan(result.plans / 10)
    expect(result.refused).toBeGreaterThan(result.plans / 20)
  })
})
