/**
 * `npm run demo`: the action's main job on the local emulators, as a newcomer's first look.
 *
 * Seeds an AWS account the way Salesforce's CloudFormation templates leave it, then runs the bundled
 * action (dist/index.js) three times as the Actions runner would: `plan` on a pull request (prints the
 * PR comment), `apply` (prints the job summary), `check` (prints the drift check). Exits non-zero when a
 * step does not give its expected result or the external ID shows up anywhere it must not.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startEmulators, type Emulators } from './index.js'
import { DIST, runAction, type ActionRun } from './runner.js'
import { SALESFORCE_ACCOUNT, seedSalesforceAccount } from './seed.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Obviously not a real ID: the demo prints it once, as the input, and checks it appears nowhere else. */
const EXTERNAL_ID = 'demo-external-id-do-not-use'
const FINGERPRINT = `sha256:${createHash('sha256').update(EXTERNAL_ID).digest('hex').slice(0, 12)}`
const CONTACT_CENTER_TYPE = 'new-instance'
const CALL_CENTERS = ['ContactCenterA', 'ContactCenterB']
// The repository the runner module sets as GITHUB_REPOSITORY, and the GitHub emulator's default.
const OWNER = 'octo-org'
const REPO = 'scv-config'
const PULL_REQUEST = 7
const STEP_TIMEOUT_MS = 60_000

const color = process.stdout.isTTY === true && !process.env.NO_COLOR
const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[0m` : text)
const green = (text: string) => (color ? `\x1b[32m${text}\x1b[0m` : text)
const red = (text: string) => (color ? `\x1b[31m${text}\x1b[0m` : text)

interface Step {
  mode: 'plan' | 'apply' | 'check'
  title: string
  expected: string
  event: { name: string; payload: object }
}

interface Outcome {
  step: Step
  run: ActionRun
  problems: string[]
}

const STEPS: Step[] = [
  {
    mode: 'plan',
    title: 'plan on a pull request: what apply would change, as a PR comment',
    expected: 'planned',
    event: {
      name: 'pull_request',
      payload: { pull_request: { number: PULL_REQUEST, head: { sha: 'feedface'.repeat(5) } } }
    }
  },
  {
    mode: 'apply',
    title: 'apply after merge: write, read back and verify every trust policy',
    expected: 'changed',
    event: { name: 'push', payload: {} }
  },
  {
    mode: 'check',
    title: 'check on a schedule: drift detection, read only',
    expected: 'in-sync',
    event: { name: 'schedule', payload: {} }
  }
]

/** Builds dist/ only when it is missing, so that the demo runs the same bundle a workflow would. */
function ensureBundle(): void {
  if (existsSync(DIST)) return
  console.log('dist/index.js is missing: building it once with `npm run bundle` (this takes a moment)...')
  const build = spawnSync('npm', ['run', 'bundle', '--silent'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0 || !existsSync(DIST))
    throw new Error('`npm run bundle` failed: see its output above')
  console.log('')
}

// ---------------------------------------------------------------------------------------------
// Making the action's output readable

/** Belt and braces: nothing the action wrote is printed with the ID in it, even if it leaked. */
function redact(text: string): string {
  return text.split(EXTERNAL_ID).join('<LEAKED external ID, hidden by the demo>')
}

/** AWS's stored policy legitimately holds the ID: shown the way the action's diffs show it. */
function withFingerprint(text: string): string {
  return text.split(EXTERNAL_ID).join(`<external-id ${FINGERPRINT}>`)
}

/** Workflow commands (`::name::message`) as the runner would show them. */
function readableLog(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
      if (!command) return [redact(line)]
      const [, name = '', message = ''] = command
      const text = redact(message.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
      switch (name) {
        case 'add-mask':
          return ['(::add-mask:: — the runner now prints *** wherever the external ID would appear)']
        case 'warning':
        case 'error':
        case 'notice':
          return [`${name}: ${text}`]
        case 'group':
          return [`▸ ${text}`]
        default:
          return [] // debug, endgroup: nothing a reader needs
      }
    })
}

function indent(lines: string[], gutter = '  │ '): string {
  return lines.map((line) => `${gutter}${line}`.trimEnd()).join('\n')
}

/** The summary's title and role table, aligned for a terminal (the full markdown has the diffs). */
function shortSummary(markdown: string): string[] {
  const lines = markdown.split('\n').map((line) => redact(line.replace(/`/g, '')))
  const title = lines.find((line) => line.startsWith('### '))?.slice(4) ?? '(no summary written)'
  const rows = lines
    .filter((line) => line.startsWith('|') && !/^\|[\s|-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
    )
  const widths = rows.reduce<number[]>(
    (max, row) => row.map((cell, column) => Math.max(cell.length, max[column] ?? 0)),
    []
  )
  const table = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '))
  if (table.length > 1) table.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '))
  return [title, '', ...table]
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Every place the action wrote to, other than the one command that masks the ID. */
function placesWithTheId(run: ActionRun, comments: string[]): string[] {
  const places: Array<[string, string]> = [
    ['the log', run.stdout.replace(/^::add-mask::.*$/gm, '')],
    ['stderr', run.stderr],
    ['the job summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [`output ${name}`, value]),
    ...comments.map((body, index): [string, string] => [`PR comment ${index + 1}`, body])
  ]
  return places.filter(([, text]) => text.includes(EXTERNAL_ID)).map(([place]) => place)
}

/** The roles whose trust policy, as AWS stores it, does not mention the external ID. */
function rolesWithoutTheId(emulators: Emulators, roles: string[]): string[] {
  return roles.filter((role) => !emulators.aws.trustPolicy(role).includes(EXTERNAL_ID))
}

function stepProblems(
  step: Step,
  run: ActionRun,
  comments: string[],
  roleCount: number,
  unprotectedRoles: string[]
): string[] {
  const problems: string[] = []
  if (run.exitCode !== 0) problems.push(`exit code ${run.exitCode ?? 'none (killed)'}, expected 0`)
  if (run.outputs.result !== step.expected)
    problems.push(`result ${run.outputs.result ?? '(none)'}, expected ${step.expected}`)
  if (run.outputs['external-id-fingerprint'] !== FINGERPRINT)
    problems.push(`external-id-fingerprint output is not ${FINGERPRINT}`)
  if (step.mode === 'plan' && !comments.some((body) => body.includes(FINGERPRINT)))
    problems.push(`no PR comment shows the fingerprint ${FINGERPRINT}`)
  if (step.mode === 'plan' && unprotectedRoles.length !== roleCount)
    problems.push('plan wrote the external ID into a trust policy: it must only read')
  if (step.mode !== 'plan' && unprotectedRoles.length > 0)
    problems.push(`the stored trust policy of ${unprotectedRoles.join(', ')} does not require the ID`)
  const leaks = placesWithTheId(run, comments)
  if (leaks.length > 0) problems.push(`the external ID appeared in ${leaks.join(', ')}`)
  return problems
}

// ---------------------------------------------------------------------------------------------
// The demo

function printSetup(emulators: Emulators, roles: string[]): void {
  console.log(bold('Service Cloud Voice external ID: demo on local AWS and GitHub emulators'))
  console.log('')
  console.log(`AWS emulator (IAM + STS)  ${emulators.aws.url}  account ${emulators.aws.accountId}`)
  console.log(
    `GitHub emulator (REST)    ${emulators.github.url}  ${OWNER}/${REPO}, pull request #${PULL_REQUEST}`
  )
  console.log('')
  console.log(`Seeded ${roles.length} roles of contact center type ${CONTACT_CENTER_TYPE} as Salesforce's`)
  console.log(
    `CloudFormation templates leave them: Salesforce's account (arn:aws:iam::${SALESFORCE_ACCOUNT}:root)`
  )
  console.log('may assume them with no condition, and an unrelated connect.amazonaws.com statement that')
  console.log('must stay untouched:')
  console.log(indent(roles, '  - '))
  console.log('')
  console.log(`external-id input: ${EXTERNAL_ID}  (a made-up value; in a workflow it comes from a secret)`)
  console.log(`its fingerprint:   ${FINGERPRINT}  (the only form in which the action shows the ID)`)
}

/** `sampleRole`: whose stored trust policy to show after apply. */
function printStep(
  index: number,
  outcome: Outcome,
  comments: string[],
  emulators: Emulators,
  sampleRole: string
): void {
  const { step, run, problems } = outcome
  console.log('')
  console.log(bold(`== Step ${index + 1} of ${STEPS.length}: ${step.title} ==`))
  console.log(`mode: ${step.mode}, event: ${step.event.name}`)
  console.log('')
  console.log('Action log:')
  console.log(indent(readableLog(run.stdout)))
  if (run.exitCode !== 0 && run.stderr.trim() !== '') {
    console.log('stderr:')
    console.log(indent(redact(run.stderr).trimEnd().split('\n')))
  }
  console.log('')
  if (step.mode === 'plan') {
    const comment = comments.at(-1)
    const url = run.outputs['comment-url'] ?? '(no comment-url output)'
    console.log(`PR comment as stored by the GitHub emulator (${url}):`)
    console.log(
      comment === undefined ? '  (no comment written)' : indent(redact(comment).trimEnd().split('\n'))
    )
    console.log('')
  } else {
    console.log('Job summary (title and role table; the full summary also has the diffs):')
    console.log(indent(shortSummary(run.summary)))
    console.log('')
  }
  if (step.mode === 'apply') {
    console.log(`Trust policy of ${sampleRole} now stored in the AWS emulator (ID shown as its fingerprint):`)
    const stored = JSON.stringify(JSON.parse(emulators.aws.trustPolicy(sampleRole)), null, 2)
    console.log(indent(withFingerprint(stored).split('\n')))
    console.log('')
  }
  console.log(`exit code ${run.exitCode ?? 'none'}, result ${run.outputs.result ?? '(none)'}`)
  if (problems.length === 0) {
    const shown =
      step.mode === 'plan' ? 'the comment, log, summary and outputs show' : 'log, summary and outputs show'
    console.log(green(`✓ expected ${step.expected}; ${shown} only the fingerprint ${FINGERPRINT}`))
  } else for (const problem of problems) console.log(red(`✗ ${problem}`))
}

function printRecap(outcomes: Outcome[], seconds: number): void {
  console.log('')
  console.log(bold('== Recap =='))
  STEPS.forEach((step, index) => {
    const label = `${index + 1}. ${step.mode.padEnd(5)}`
    const outcome = outcomes[index]
    if (outcome === undefined) {
      console.log(`- ${label}  skipped: it builds on the step that failed`)
      return
    }
    const mark = outcome.problems.length === 0 ? green('✓') : red('✗')
    const result = (outcome.run.outputs.result ?? '(none)').padEnd(8)
    console.log(
      `${mark} ${label}  exit ${outcome.run.exitCode ?? 'none'}  result ${result}  (expected ${step.expected})`
    )
  })
  if (succeeded(outcomes))
    console.log(`All ${STEPS.length} steps gave the expected result, in ${seconds.toFixed(1)} s.`)
  else console.log(red('The demo did not go as expected: see the ✗ lines above.'))
}

function succeeded(outcomes: Outcome[]): boolean {
  return outcomes.length === STEPS.length && outcomes.every(({ problems }) => problems.length === 0)
}

async function main(): Promise<boolean> {
  const started = Date.now()
  ensureBundle()
  const emulators = await startEmulators()
  const outcomes: Outcome[] = []
  try {
    const roles = seedSalesforceAccount(emulators.aws, CONTACT_CENTER_TYPE, CALL_CENTERS)
    printSetup(emulators, roles)
    const inputs = {
      'contact-center-type': CONTACT_CENTER_TYPE,
      'call-center-api-name': CALL_CENTERS.join(', '),
      'external-id': EXTERNAL_ID
    }
    for (const [index, step] of STEPS.entries()) {
      const run = await runAction(
        emulators,
        { ...inputs, mode: step.mode },
        { event: step.event, timeoutMs: STEP_TIMEOUT_MS }
      )
      rmSync(run.workdir, { recursive: true, force: true })
      const comments = emulators.github.comments(OWNER, REPO, PULL_REQUEST).map((comment) => comment.body)
      const unprotected = rolesWithoutTheId(emulators, roles)
      const outcome = { step, run, problems: stepProblems(step, run, comments, roles.length, unprotected) }
      outcomes.push(outcome)
      printStep(index, outcome, comments, emulators, roles[0] ?? '')
      if (outcome.problems.length > 0) break // the later steps build on this one
    }
  } finally {
    await emulators.stop()
  }
  printRecap(outcomes, (Date.now() - started) / 1000)
  return succeeded(outcomes)
}

try {
  process.exitCode = (await main()) ? 0 : 1
} catch (error) {
  console.error(red(`Demo failed: ${redact(error instanceof Error ? error.message : String(error))}`))
  process.exitCode = 1
}
