import * as core from '@actions/core'

const SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * The runner cancels a step with SIGINT, then SIGTERM about 7.5 s later, then kills it about 2.5 s
 * after that. Before the first write there is nothing to undo: the step exits at once. From the
 * first write on, a signal aborts `stop` and the write side restores what it wrote.
 */
export class Cancellation {
  private readonly controller = new AbortController()
  private writing = false

  get stop(): AbortSignal {
    return this.controller.signal
  }

  listen(): void {
    for (const signal of SIGNALS) process.on(signal, () => this.receive(signal))
  }

  /** Writes may be sent from now on. */
  beginWrites(): void {
    this.writing = true
  }

  private receive(signal: string): void {
    if (this.controller.signal.aborted) {
      core.info(`${signal} received: still restoring after ${String(this.controller.signal.reason)}`)
      return
    }
    if (!this.writing) {
      core.info(`${signal} received before any write: nothing to restore, stopping.`)
      process.exit(1)
    }
    core.info(`${signal} received: the job is being cancelled`)
    this.controller.abort(signal)
  }
}
