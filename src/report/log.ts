/**
 * The one way the layers below action/ write to the job log. The runner's sink (action/secrets.ts)
 * passes every line through the run's redactor before it reaches the runner, so no layer can log
 * an external ID by mistake. Lines written before the sink is installed (while main.ts loads) wait
 * for it, in order.
 */
export interface LogSink {
  info(line: string): void
  debug(line: string): void
}

type Level = keyof LogSink

/** Enough for every line of the start (a few per AWS call), without growing for ever when no sink comes. */
const MAX_PENDING = 1_000

let sink: LogSink | null = null
const pending: Array<{ level: Level; line: string }> = []

function write(level: Level, line: string): void {
  if (sink !== null) sink[level](line)
  else if (pending.length < MAX_PENDING) pending.push({ level, line })
}

export const log: LogSink = {
  info: (line) => write('info', line),
  debug: (line) => write('debug', line)
}

/** Makes `next` the run's sink and hands it the lines that waited for it. */
export function installLogSink(next: LogSink): void {
  sink = next
  for (const { level, line } of pending.splice(0)) next[level](line)
}
