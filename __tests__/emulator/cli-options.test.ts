import { describe, expect, it } from '@jest/globals'
import { exampleCommand, parseCli, USAGE } from '../../emulator/cli-options.js'

describe('parseCli', () => {
  it('--help and -h ask for the usage', () => {
    expect(parseCli(['--help'])).toEqual({ kind: 'help' })
    expect(parseCli(['--seed', 'bogus', '-h'])).toEqual({ kind: 'help' })
  })

  it('defaults: no seed, ContactCenterA, no env file, no latency', () => {
    expect(parseCli([])).toEqual({
      kind: 'run',
      options: { seed: null, callCenters: ['ContactCenterA'], writeEnv: null, latencyMs: 0 }
    })
  })

  it('takes every contact center type, several call centers and a latency', () => {
    for (const seed of ['new-instance', 'existing-instance', 'xml-import']) {
      expect(parseCli(['--seed', seed])).toMatchObject({ kind: 'run', options: { seed } })
    }
    expect(parseCli(['--call-centers', 'cca, ccb,', '--latency', '50', '--write-env', '/tmp/e'])).toEqual({
      kind: 'run',
      options: { seed: null, callCenters: ['cca', 'ccb'], writeEnv: '/tmp/e', latencyMs: 50 }
    })
  })

  it.each([
    [
      ['--seed', 'new_instance'],
      "--seed 'new_instance' is not a contact center type: use new-instance, existing-instance, xml-import"
    ],
    [['--seed', ''], "--seed '' is not a contact center type"],
    [['--call-centers', ' , '], '--call-centers needs at least one name'],
    [['--latency', 'fast'], "--latency 'fast' is not a number of milliseconds"],
    [['--latency=-5'], "--latency '-5' is not a number of milliseconds"],
    [['--sead', 'new-instance'], "Unknown option '--sead'"]
  ])('refuses %j', (args, message) => {
    const command = parseCli(args)
    expect(command.kind).toBe('error')
    expect(command.kind === 'error' && command.message).toContain(message)
  })
})

describe('the printed example and usage', () => {
  it('runs the action on the seeded type and the given call centers', () => {
    const example = exampleCommand(
      { seed: 'xml-import', callCenters: ['cca', 'ccb'], writeEnv: null, latencyMs: 0 },
      'ghs_token'
    )
    expect(example).toContain("'INPUT_CONTACT-CENTER-TYPE=xml-import'")
    expect(example).toContain("'INPUT_CALL-CENTER-API-NAME=cca,ccb'")
    expect(example).toContain("'INPUT_GITHUB-TOKEN=ghs_token'")
    expect(example).toMatch(/node dist\/index\.js$/)
  })
  it('without --seed the example uses new-instance', () => {
    const example = exampleCommand(
      { seed: null, callCenters: ['ContactCenterA'], writeEnv: null, latencyMs: 0 },
      't'
    )
    expect(example).toContain("'INPUT_CONTACT-CENTER-TYPE=new-instance'")
  })
  it('the usage names every option', () => {
    for (const option of ['--seed', '--call-centers', '--write-env', '--latency', '--help']) {
      expect(USAGE).toContain(option)
    }
  })
})
