/**
 * CI's property-based check: the action's evaluator, the emulator's and the guard against
 * @cloud-copilot/iam-simulate on generated trust policies. Prints one line of counts; exits 1 on
 * any disagreement. `npm run oracle [policies]`.
 */
import { compareWithOracle } from '../__tests__/policy/oracle-comparison.js'

const policies = Number(process.argv[2] ?? 20_000)
const started = Date.now()
const result = await compareWithOracle(policies, 20240611)
for (const problem of [...result.disagreements, ...result.unsound].slice(0, 10)) console.error(problem)
console.log(
  `oracle: ${result.policies} policies, ${result.decisions} decisions, ${result.disagreements.length} disagreements; ` +
    `guard: ${result.plans} plans, ${result.refused} refused, ${result.confirmed} confirmed, ${result.unsound.length} unsound ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s)`
)
process.exitCode = result.disagreements.length + result.unsound.length > 0 ? 1 : 0
