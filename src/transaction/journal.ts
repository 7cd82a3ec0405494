import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { StoredRole } from '../aws/roles.js'
import type { RoleTarget } from '../domain/contact-centers.js'
import type { TagChanges } from '../domain/tags.js'

/** One role the run may write: its original, and everything this run sent for it. */
export interface JournalRole {
  arn: string
  roleName: string
  logicalRole: RoleTarget['logicalRole']
  callCenter: string | null
  /** The original trust policy exactly as IAM returned it: what a restore writes back. */
  trustPolicy: string
  tags: Record<string, string>
  /** Every trust policy (minified JSON) this run sent for the role, recorded before sending it. */
  written: string[]
  /** The tag changes this run sent for the role; null when none. */
  taggedWith: TagChanges | null
}

/**
 * `writing`: writes may be in IAM that nobody has confirmed or undone. `settled`: the run confirmed
 * its change or restored the roles; a post step has nothing to do.
 */
export type JournalState = 'writing' | 'settled'

export interface JournalContent {
  accountId: string
  createdAt: string
  state: JournalState
  roles: JournalRole[]
}

/** Where this run's journal goes: decided (and saved for the post step) before any AWS call. */
export function journalPath(env: NodeJS.ProcessEnv = process.env): string {
  const directory = env.RUNNER_TEMP || tmpdir()
  return join(directory, `scv-external-id-backup-${env.GITHUB_RUN_ID ?? 'local'}-${Date.now()}.json`)
}

/**
 * The run's write journal, which is also its backup file: the original trust policies and tags of
 * every role the run is about to touch, and each write recorded before it is sent, so that a post
 * step can undo a main step that was killed. Readable by the runner's user only: it holds the
 * previous and new external IDs.
 */
export class Journal {
  private constructor(
    readonly path: string,
    private readonly content: JournalContent
  ) {}

  static create(path: string, accountId: string, originals: readonly StoredRole[]): Journal {
    const journal = new Journal(path, {
      accountId,
      createdAt: new Date().toISOString(),
      state: 'writing',
      roles: originals.map((role) => ({
        arn: role.target.arn,
        roleName: role.target.roleName,
        logicalRole: role.target.logicalRole,
        callCenter: role.target.callCenter,
        trustPolicy: role.json,
        tags: role.tags,
        written: [],
        taggedWith: null
      }))
    })
    mkdirSync(dirname(path), { recursive: true })
    journal.save()
    return journal
  }

  /** The journal a main step left; null when it wrote none (it stopped before any write). */
  static read(path: string): Journal | null {
    if (!existsSync(path)) return null
    return new Journal(path, JSON.parse(readFileSync(path, 'utf8')) as JournalContent)
  }

  get accountId(): string {
    return this.content.accountId
  }

  get state(): JournalState {
    return this.content.state
  }

  /** The roles a write was sent for (or is about to be). */
  get touched(): readonly JournalRole[] {
    return this.content.roles.filter((role) => role.written.length > 0 || role.taggedWith !== null)
  }

  /** What is about to be sent for a role (its policy, its tags or both): saved once, before sending. */
  record(roleName: string, write: { policyJson?: string; tags?: TagChanges }): void {
    const role = this.role(roleName)
    const { policyJson } = write
    const newPolicy = policyJson !== undefined && !role.written.includes(policyJson)
    if (newPolicy) role.written.push(policyJson)
    if (write.tags !== undefined) role.taggedWith = { ...role.taggedWith, ...write.tags }
    // A policy recorded before (the canary's removal sends the planned one again) needs no save.
    if (newPolicy || write.tags !== undefined) this.save()
  }

  /** The trust policies (minified JSON) this run sent for a role so far. */
  sentPolicies(roleName: string): readonly string[] {
    return this.role(roleName).written
  }

  settle(): void {
    this.content.state = 'settled'
    this.save()
  }

  private role(roleName: string): JournalRole {
    const role = this.content.roles.find((item) => item.roleName === roleName)
    if (!role) throw new Error(`No original trust policy kept for ${roleName}`)
    return role
  }

  /** Written whole and renamed into place, so that a kill mid-write never leaves half a journal. */
  private save(): void {
    const partial = `${this.path}.partial`
    writeFileSync(partial, JSON.stringify(this.content, null, 2) + '\n', { mode: 0o600 })
    chmodSync(partial, 0o600)
    renameSync(partial, this.path)
  }
}
