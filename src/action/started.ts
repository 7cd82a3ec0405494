import type { Connection } from '../aws/credentials.js'
import type { Settings } from '../domain/settings.js'
import type { AccountRead } from './read-account.js'
import type { RunContext } from './run-context.js'

export type { Connection } from '../aws/credentials.js'

/** The run once its first AWS request is on its way, or the inputs it refused before any AWS call. */
export type Started = StartedRun | { refused: unknown }

export interface StartedRun {
  settings: Settings
  context: RunContext
  connection: Promise<Connection>
  /** The roles and the audit, read as soon as the connection is made (src/action/read-account.ts). */
  reading: Promise<AccountRead>
}
