import * as core from '@actions/core'
import { ID_GENERATED_AT_APPLY } from '../domain/external-id.js'
import { createRedactor } from '../report/redact.js'
import type { LogSink } from '../report/log.js'

/**
 * Every external ID of the run (given, generated, held by the roles today), built once per run:
 * each is registered with the runner as soon as it is known, in the forms the runner could print
 * it (raw, URL-encoded, JSON-escaped), and `redact` replaces all of them in any text.
 */
export class Secrets {
  private readonly known: string[] = []
  private redactor: (text: string) => string = (text) => text

  add(...values: readonly string[]): void {
    const fresh = [...new Set(values)].filter((value) => value !== '' && !this.known.includes(value))
    if (fresh.length === 0) return
    for (const value of fresh) {
      // The placeholder of a plan with generate-external-id is no secret, only rendered like one.
      if (value !== ID_GENERATED_AT_APPLY) for (const form of runnerForms(value)) core.setSecret(form)
      this.known.push(value)
    }
    // Rebuilt only when an ID is added (a handful of times per run), not per text.
    this.redactor = createRedactor(this.known)
  }

  readonly redact = (text: string): string => this.redactor(text)

  get values(): readonly string[] {
    return this.known
  }
}

/** The runner masks exact strings: each way an ID can be spelled in a log line is registered. */
function runnerForms(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])]
}

/** The job log as the layers below action/ see it: every line redacted, then written by @actions/core. */
export function runnerLog(secrets: Secrets): LogSink {
  return {
    info: (line) => core.info(secrets.redact(line)),
    debug: (line) => core.debug(secrets.redact(line))
  }
}
