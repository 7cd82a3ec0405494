/**
 * What the main step leaves the post step (core.saveState; the runner passes it as STATE_<name>):
 * where the write journal is, and whether the main step finished, leaving nothing to undo.
 */
export const STATE_JOURNAL = 'journal'
export const STATE_FINISHED = 'finished'
