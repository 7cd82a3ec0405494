/** The drift issue's decisions, against an in-memory IssueStore that behaves like the repository. */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { syncDriftIssue, type WantedIssue } from '../../src/action/drift-issue.js'
import type { FoundIssue, IssueChange, IssueState, IssueStore } from '../../src/action/issues.js'
import type { IssueText } from '../../src/report/drift-issue.js'

const MARKER = '<!-- scv-external-id:drift-issue:111122223333/new-instance/cc -->'
const ME = 'github-actions[bot]'

interface FakeIssue {
  number: number
  title: string
  body: string
  state: IssueState
  author: string
  labelled: boolean
}

/** The repository's issues; findOwn sees only the viewer's and (when labelled) labelled ones. */
class FakeStore implements IssueStore {
  issues: FakeIssue[] = []
  calls: string[] = []
  labelExists = false
  labelCreatable = true
  failOn: string | null = null

  private call(name: string): void {
    this.calls.push(name)
    if (this.failOn === name) throw Object.assign(new Error('boom'), { status: 502, response: {} })
  }

  private found(issue: FakeIssue): FoundIssue {
    return { number: issue.number, state: issue.state, body: issue.body, url: `u/${issue.number}` }
  }

  async labelAvailable(create: boolean) {
    this.call(`labelAvailable(${create})`)
    if (!this.labelExists && create && this.labelCreatable) this.labelExists = true
    return this.labelExists
  }

  async findOwn(marker: string, state: IssueState, labelled: boolean) {
    this.call(`findOwn(${state}, ${labelled})`)
    const match = [...this.issues]
      .reverse()
      .find(
        (issue) =>
          issue.author === ME &&
          issue.state === state &&
          (!labelled || issue.labelled) &&
          issue.body.includes(marker)
      )
    return match === undefined ? null : this.found(match)
  }

  async create(text: IssueText, labelled: boolean) {
    this.call(`create(${labelled})`)
    const issue = { number: this.issues.length + 1, ...text, state: 'open' as const, author: ME, labelled }
    this.issues.push(issue)
    return this.found(issue)
  }

  async update(issueNumber: number, change: IssueChange) {
    this.call(`update(${issueNumber}, ${[change.state, change.stateReason].filter(Boolean).join(', ')})`)
    const issue = this.issues.find((candidate) => candidate.number === issueNumber)
    if (!issue) throw new Error('no such issue')
    if (change.title !== undefined) issue.title = change.title
    if (change.body !== undefined) issue.body = change.body
    if (change.state !== undefined) issue.state = change.state
    return this.found(issue)
  }

  async comment(issueNumber: number) {
    this.call(`comment(${issueNumber})`)
  }
}

let store: FakeStore
beforeEach(() => {
  store = new FakeStore()
})

const firstFounds: Array<Date | null> = []
const drift = (text = 'drifting'): WantedIssue => ({
  kind: 'drift',
  render: (firstFound) => {
    firstFounds.push(firstFound)
    const recorded = (firstFound ?? new Date('2026-12-08T00:00:00Z')).toISOString().replace(/\.\d{3}Z$/, 'Z')
    return {
      title: 'SCV external ID drift',
      body: `${MARKER}\n<!-- scv-external-id:first-found:${recorded} -->\n${text}`
    }
  }
})
const inSync: WantedIssue = { kind: 'in-sync', comment: 'in sync: closing' }

describe('syncDriftIssue', () => {
  it('creates the labelled issue on the first finding, creating the label', async () => {
    const outcome = await syncDriftIssue(store, MARKER, drift())
    expect(outcome).toMatchObject({ status: 'created', issue: { number: 1, state: 'open' } })
    expect(store.calls).toEqual([
      'labelAvailable(true)',
      'findOwn(open, true)',
      'findOwn(closed, true)',
      'create(true)'
    ])
  })

  it('updates the open issue on the next finding, keeping when the drift was first found', async () => {
    await syncDriftIssue(store, MARKER, drift('first'))
    firstFounds.length = 0
    const outcome = await syncDriftIssue(store, MARKER, drift('second'))
    expect(outcome).toMatchObject({ status: 'updated', issue: { number: 1 } })
    expect(store.issues).toHaveLength(1)
    expect(store.issues[0]?.body).toContain('second')
    expect(firstFounds).toEqual([new Date('2026-12-08T00:00:00Z')])
  })

  it('closes the open issue with a comment first once in sync', async () => {
    await syncDriftIssue(store, MARKER, drift())
    store.calls = []
    const outcome = await syncDriftIssue(store, MARKER, inSync)
    expect(outcome).toMatchObject({ status: 'closed', issue: { number: 1, state: 'closed' } })
    expect(store.calls).toEqual([
      'labelAvailable(false)',
      'findOwn(open, true)',
      'comment(1)',
      'update(1, closed, completed)'
    ])
  })

  it('does nothing when in sync and no issue is open', async () => {
    expect(await syncDriftIssue(store, MARKER, inSync)).toEqual({ status: 'none' })
    expect(store.calls).toEqual(['labelAvailable(false)', 'findOwn(open, false)'])
  })

  it('reopens the closed issue when drift returns, as newly found', async () => {
    await syncDriftIssue(store, MARKER, drift())
    await syncDriftIssue(store, MARKER, inSync)
    firstFounds.length = 0
    const outcome = await syncDriftIssue(store, MARKER, drift('again'))
    expect(outcome).toMatchObject({ status: 'reopened', issue: { number: 1, state: 'open' } })
    expect(store.calls.at(-1)).toBe('update(1, open, reopened)')
    expect(firstFounds).toEqual([null])
  })

  it('never touches an issue someone else wrote with the marker: it writes its own', async () => {
    store.labelExists = true
    store.issues.push({
      number: 1,
      title: 't',
      body: `${MARKER}\nmine`,
      state: 'open',
      author: 'mallory',
      labelled: true
    })
    const outcome = await syncDriftIssue(store, MARKER, drift())
    expect(outcome).toMatchObject({ status: 'created', issue: { number: 2 } })
    expect(store.issues[0]?.body).toBe(`${MARKER}\nmine`)
    expect(await syncDriftIssue(store, MARKER, inSync)).toMatchObject({ issue: { number: 2 } })
    expect(store.issues[0]?.state).toBe('open')
  })

  it('writes the issue without the label when the label cannot be created, and finds it again open', async () => {
    store.labelCreatable = false
    expect(await syncDriftIssue(store, MARKER, drift())).toMatchObject({ status: 'created' })
    expect(store.calls).toEqual(['labelAvailable(true)', 'findOwn(open, false)', 'create(false)'])
    expect(await syncDriftIssue(store, MARKER, drift())).toMatchObject({
      status: 'updated',
      issue: { number: 1 }
    })
    expect(await syncDriftIssue(store, MARKER, inSync)).toMatchObject({ status: 'closed' })
  })

  it.each(['labelAvailable(true)', 'findOwn(open, true)', 'create(true)'])(
    'returns a failure, never throws, when %s fails',
    async (failing) => {
      store.failOn = failing
      const outcome = await syncDriftIssue(store, MARKER, drift())
      expect(outcome.status).toBe('failed')
      expect(outcome).toMatchObject({ error: { status: 502 } })
    }
  )
})
