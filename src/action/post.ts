import * as core from '@actions/core'
import { AWS_CONCURRENCY } from '../aws/bounded.js'
import { createIamClient } from '../aws/clients.js'
import { connect } from '../aws/credentials.js'
import { describeError } from '../aws/errors.js'
import type { RestoreAccount } from '../domain/restore.js'
import { parsePolicyDocument } from '../policy/document.js'
import { externalIdValues } from '../policy/canary.js'
import { Journal } from '../transaction/journal.js'
import { restoreJournal } from '../transaction/restore.js'
import { parseSettings, runnerInput } from './inputs.js'
import { STATE_FINISHED, STATE_JOURNAL } from './state.js'
import { log, installLogSink } from '../report/log.js'
import { runnerLog, Secrets } from './secrets.js'

/** The post step has the job's remaining time, but a restore that takes longer is hung. */
const RESTORE_WINDOW_MS = 60_000

/**
 * The post step (`runs.post`): after a main step that was killed, crashed or ran out of time, it
 * restores every role the journal says was written, unless another writer changed it since, and so
 * removes a canary statement left behind. After a main step that finished it does nothing.
 */
export async function runPost(): Promise<void> {
  const secrets = new Secrets()
  installLogSink(runnerLog(secrets))
  try {
    if (core.getState(STATE_FINISHED) === 'true') {
      core.info('The main step finished: nothing to restore.')
      return
    }
    const path = core.getState(STATE_JOURNAL)
    const journal = path ? Journal.read(path) : null
    if (journal === null || journal.state === 'settled' || journal.touched.length === 0) {
      core.info('The main step did not finish, but it left no unconfirmed write: nothing to restore.')
      return
    }
    maskJournalIds(journal, secrets)
    const roleNames = journal.touched.map((role) => role.roleName)
    core.info(`The main step did not finish: restoring ${roleNames.join(', ')} from ${journal.path}`)
    // The main step accepted these inputs before it wrote anything.
    const settings = parseSettings(runnerInput)
    const { credentials, identity } = await connect(settings)
    if (identity.accountId !== journal.accountId) {
      core.setFailed(
        `The post step's credentials are for account ${identity.accountId}, the journal for ${journal.accountId}: nothing restored. The original trust policies are in ${journal.path}.`
      )
      return
    }
    const iam = await createIamClient({ region: settings.awsRegion, credentials })
    const accounts = await restoreJournal(iam, journal, {
      concurrency: AWS_CONCURRENCY,
      deadline: Date.now() + RESTORE_WINDOW_MS,
      rewriteOriginal: false
    })
    logRestore(accounts)
    const failed = accounts.filter((account) => account.state === 'restore-failed')
    if (failed.length > 0) {
      core.setFailed(
        secrets.redact(
          `${failed.map((account) => account.roleName).join(', ')} could NOT be restored. The original trust policies are in ${journal.path}: restore them with aws iam update-assume-role-policy.`
        )
      )
    }
  } catch (error) {
    core.setFailed(secrets.redact(describeError(error)))
  }
}

/** The journal holds the previous and the new external IDs. */
function maskJournalIds(journal: Journal, secrets: Secrets): void {
  for (const role of journal.touched) {
    for (const json of [role.trustPolicy, ...role.written])
      secrets.add(...externalIdValues(parsePolicyDocument(json)))
  }
}

function logRestore(accounts: readonly RestoreAccount[]): void {
  for (const account of accounts) {
    const what = {
      restored: 'restored',
      untouched: 'already as it was',
      'other-writer': account.detail,
      'restore-failed': `could NOT be restored (${account.detail})`
    }[account.state]
    // A refused restore's message can quote the original document.
    log.info(`${account.roleName}: ${what}`)
  }
}
