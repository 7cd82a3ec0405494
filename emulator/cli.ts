/**
 * `npm run emulator`: starts the local AWS (IAM/STS) and GitHub emulators and prints the environment
 * a shell or a workflow step needs to run the action against them. Stops on Ctrl-C.
 *
 *   --seed TYPE            create the roles of TYPE as Salesforce's templates leave them
 *   --call-centers A,B     call centers for --seed (default ContactCenterA)
 *   --write-env PATH       also write the AWS_* variables as KEY=VALUE lines to PATH (for $GITHUB_ENV,
 *                          which cannot override the runner's own GITHUB_* and ACTIONS_* variables)
 *   --latency MS           fixed latency per AWS request
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulators } from './index.js'
import { seedSalesforceAccount, type SeedType } from './seed.js'

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    'call-centers': { type: 'string', default: 'ContactCenterA' },
    'write-env': { type: 'string' },
    latency: { type: 'string', default: '0' }
  }
})

const emulators = await startEmulators({ aws: { latencyMs: Number(values.latency) } })
if (values.seed) {
  const names = seedSalesforceAccount(
    emulators.aws,
    values.seed as SeedType,
    (values['call-centers'] ?? '').split(',')
  )
  console.log(`Seeded ${names.length} roles: ${names.join(', ')}`)
}
const lines = Object.entries(emulators.env).map(([key, value]) => `${key}=${value}`)
console.log(`AWS emulator:    ${emulators.aws.url} (account ${emulators.aws.accountId})`)
console.log(`GitHub emulator: ${emulators.github.url}`)
console.log('\nExport this environment to run the action (or the AWS CLI) against the emulators:\n')
for (const line of lines) console.log(`export '${line}'`)
console.log('\nThen, for example (inputs are INPUT_* variables, as the runner passes them):\n')
console.log(
  `  env 'INPUT_CONTACT-CENTER-TYPE=new-instance' 'INPUT_CALL-CENTER-API-NAME=ContactCenterA' \\\n` +
    `      'INPUT_EXTERNAL-ID=example-external-id' 'INPUT_MODE=plan' 'INPUT_GITHUB-TOKEN=${emulators.github.token}' \\\n` +
    '      node dist/index.js'
)
if (values['write-env']) {
  writeFileSync(values['write-env'], lines.filter((line) => line.startsWith('AWS_')).join('\n') + '\n')
}
console.log('\nPress Ctrl-C to stop.')

const stop = async () => {
  await emulators.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
