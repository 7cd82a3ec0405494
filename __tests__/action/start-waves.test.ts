import { describe, expect, it } from '@jest/globals'
import { firstReadWave, firstWriteWave } from '../../src/action/start.js'

const roles = (count: number) => Array.from({ length: count }, (_, index) => `R${index}`)

describe('firstReadWave', () => {
  it('counts a GetRole per role up to the bound of 8, and ListRoles unless the audit is off', () => {
    expect(firstReadWave({ roles: roles(4), audit: 'warn' })).toBe(5)
    expect(firstReadWave({ roles: roles(52), audit: 'fail' })).toBe(9)
    expect(firstReadWave({ roles: roles(52), audit: 'off' })).toBe(8)
    expect(firstReadWave({ roles: roles(1), audit: 'off' })).toBe(1)
  })
})

describe('firstWriteWave', () => {
  it('counts a policy write per role up to the bound, in the modes that write', () => {
    expect(firstWriteWave({ roles: roles(4), mode: 'apply' })).toBe(4)
    expect(firstWriteWave({ roles: roles(52), mode: 'apply' })).toBe(8)
    expect(firstWriteWave({ roles: roles(3), mode: 'disable' })).toBe(3)
  })

  it('is empty where nothing is written', () => {
    expect(firstWriteWave({ roles: roles(4), mode: 'plan' })).toBe(0)
    expect(firstWriteWave({ roles: roles(52), mode: 'check' })).toBe(0)
  })
})
