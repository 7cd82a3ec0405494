/**
 * `npm run emulator`: starts the local AWS (IAM/STS) and GitHub emulators and prints the environment
 * a shell or a workflow step needs to run the action against them. Stops on Ctrl-C.
 * `npm run emulator -- --help` lists the options (emulator/cli-options.ts).
 */
import { writeFileSync } from 'node:fs'
import { exampleCommand, parseCli, USAGE } from './cli-options.js'
import { startEmulators } from './index.js'
import { seedSalesforceAccount } from './seed.js'

const command = parseCli(process.argv.slice(2))
if (command.kind === 'help') {
  console.log(USAGE)
  process.exit(0)
}
if (command.kind === 'error') {
  console.error(`${command.message}\n\n${USAGE}`)
  process.exit(2)
}
const { options } = command

const emulators = await startEmulators({ aws: { latencyMs: options.latencyMs } })
if (options.seed) {
  const names = seedSalesforceAccount(emulators.aws, options.seed, options.callCenters)
  console.log(`Seeded ${names.length} roles: ${names.join(', ')}`)
}
const lines = Object.entries(emulators.env).map(([key, value]) => `${key}=${value}`)
console.log(`AWS emulator:    ${emulators.aws.url} (account ${emulators.aws.accountId})`)
console.log(`GitHub emulator: ${emulators.github.url}`)
console.log('\nExport this environment to run the action (or the AWS CLI) against the emulators:\n')
for (const line of lines) console.log(`export '${line}'`)
console.log('\nThen, for example (inputs are INPUT_* variables, as the runner passes them):\n')
console.log(exampleCommand(options, emulators.github.token))
if (options.writeEnv) {
  writeFileSync(options.writeEnv, lines.filter((line) => line.startsWith('AWS_')).join('\n') + '\n')
}
console.log('\nPress Ctrl-C to stop.')

const stop = async () => {
  await emulators.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
