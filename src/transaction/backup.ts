import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StoredRole } from '../aws/roles.js'

/**
 * Writes the original trust policies and tags of every role the run is about to touch, readable
 * by the runner's user only (they hold the previous external IDs). Returns the path.
 */
export function writeBackup(
  accountId: string,
  roles: readonly StoredRole[],
  env: NodeJS.ProcessEnv = process.env
) {
  const directory = env.RUNNER_TEMP || tmpdir()
  mkdirSync(directory, { recursive: true })
  const path = join(directory, `scv-external-id-backup-${env.GITHUB_RUN_ID ?? 'local'}-${Date.now()}.json`)
  const content = {
    accountId,
    createdAt: new Date().toISOString(),
    roles: roles.map((role) => ({
      arn: role.target.arn,
      roleName: role.target.roleName,
      logicalRole: role.target.logicalRole,
      callCenter: role.target.callCenter,
      trustPolicy: role.json,
      tags: role.tags
    }))
  }
  writeFileSync(path, JSON.stringify(content, null, 2) + '\n', { mode: 0o600 })
  chmodSync(path, 0o600)
  return path
}
