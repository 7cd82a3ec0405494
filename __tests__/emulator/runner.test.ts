import { describe, expect, it } from '@jest/globals'
import { actionNode } from '../../emulator/runner.js'

describe('actionNode', () => {
  it('is ACTION_NODE_BINARY when set', () => {
    expect(actionNode({ ACTION_NODE_BINARY: '/opt/node24/bin/node' })).toBe('/opt/node24/bin/node')
  })
  it('is the Node running the tests when unset or empty', () => {
    expect(actionNode({})).toBe(process.execPath)
    expect(actionNode({ ACTION_NODE_BINARY: '' })).toBe(process.execPath)
  })
})
