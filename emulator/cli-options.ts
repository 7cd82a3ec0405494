/** The command line of `npm run emulator` (emulator/cli.ts): parsing, usage and the printed example. */
import { parseArgs } from 'node:util'
import { SEED_TYPES, type SeedType } from './seed.js'

export const USAGE = `Usage: npm run emulator -- [options]

Starts the local AWS (IAM/STS) and GitHub emulators on 127.0.0.1 and prints the environment that
points the action (or the AWS CLI) at them. Stops on Ctrl-C.

Options:
  --seed TYPE           create the roles of TYPE as Salesforce's templates leave them
                        (${SEED_TYPES.join(', ')})
  --call-centers A,B    call centers for --seed and the example (default ContactCenterA)
  --write-env PATH      also write the AWS_* variables as KEY=VALUE lines to PATH (for $GITHUB_ENV,
                        which cannot override the runner's own GITHUB_* and ACTIONS_* variables)
  --latency MS          fixed latency per AWS request (default 0)
  -h, --help            print this help and exit`

export interface CliOptions {
  seed: SeedType | null
  callCenters: string[]
  writeEnv: string | null
  latencyMs: number
}

export type CliCommand =
  { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; options: CliOptions }

const isSeedType = (value: string): value is SeedType => (SEED_TYPES as readonly string[]).includes(value)

export function parseCli(args: string[]): CliCommand {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        seed: { type: 'string' },
        'call-centers': { type: 'string', default: 'ContactCenterA' },
        'write-env': { type: 'string' },
        latency: { type: 'string', default: '0' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  if (values.help) return { kind: 'help' }
  const seed = values.seed ?? null
  if (seed !== null && !isSeedType(seed)) {
    return {
      kind: 'error',
      message: `--seed '${seed}' is not a contact center type: use ${SEED_TYPES.join(', ')}`
    }
  }
  const callCenters = (values['call-centers'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (callCenters.length === 0) return { kind: 'error', message: '--call-centers needs at least one name' }
  const latencyMs = Number(values.latency)
  if (!/^\d+$/.test(values.latency ?? '') || !Number.isSafeInteger(latencyMs)) {
    return { kind: 'error', message: `--latency '${values.latency}' is not a number of milliseconds` }
  }
  return {
    kind: 'run',
    options: { seed, callCenters, writeEnv: values['write-env'] ?? null, latencyMs }
  }
}

/** The shell command that runs the bundled action in plan mode against the emulators. */
export function exampleCommand(options: CliOptions, githubToken: string): string {
  const quoted = (name: string, value: string) => `'INPUT_${name.toUpperCase()}=${value}'`
  return [
    `  env ${quoted('contact-center-type', options.seed ?? 'new-instance')} ${quoted('call-center-api-name', options.callCenters.join(','))} \\`,
    `      ${quoted('external-id', 'example-external-id')} ${quoted('mode', 'plan')} ${quoted('github-token', githubToken)} \\`,
    '      node dist/index.js'
  ].join('\n')
}
