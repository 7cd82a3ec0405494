import { describe, expect, it } from '@jest/globals'
import { createIamClient, createStsClient } from '../../src/aws/clients.js'
import { chooseRegion, iamEndpoint, partitionOf, stsEndpoint } from '../../src/aws/region.js'
import { CREDENTIALS } from './iam-fake.js'

describe('chooseRegion', () => {
  it.each([
    [
      'eu-west-1',
      { AWS_REGION: 'us-gov-west-1', AWS_DEFAULT_REGION: 'cn-north-1' },
      'eu-west-1',
      'aws-region'
    ],
    ['', { AWS_REGION: 'us-gov-west-1', AWS_DEFAULT_REGION: 'cn-north-1' }, 'us-gov-west-1', 'AWS_REGION'],
    ['  ', { AWS_REGION: ' ', AWS_DEFAULT_REGION: 'cn-north-1' }, 'cn-north-1', 'AWS_DEFAULT_REGION'],
    ['', { AWS_DEFAULT_REGION: ' eu-central-1 ' }, 'eu-central-1', 'AWS_DEFAULT_REGION'],
    ['', {}, 'us-east-1', 'default'],
    ['', { AWS_REGION: '', AWS_DEFAULT_REGION: '' }, 'us-east-1', 'default']
  ])('input %j with %j gives %s from %s', (input, env, region, source) => {
    expect(chooseRegion(input, env)).toEqual({ region, source })
  })
})

describe('the partition and endpoints follow the region', () => {
  it.each([
    ['us-east-1', 'aws', 'https://sts.us-east-1.amazonaws.com', 'https://iam.amazonaws.com'],
    ['eu-west-1', 'aws', 'https://sts.eu-west-1.amazonaws.com', 'https://iam.amazonaws.com'],
    [
      'us-gov-west-1',
      'aws-us-gov',
      'https://sts.us-gov-west-1.amazonaws.com',
      'https://iam.us-gov.amazonaws.com'
    ],
    [
      'us-gov-east-1',
      'aws-us-gov',
      'https://sts.us-gov-east-1.amazonaws.com',
      'https://iam.us-gov.amazonaws.com'
    ],
    [
      'cn-north-1',
      'aws-cn',
      'https://sts.cn-north-1.amazonaws.com.cn',
      'https://iam.cn-north-1.amazonaws.com.cn'
    ],
    [
      'cn-northwest-1',
      'aws-cn',
      'https://sts.cn-northwest-1.amazonaws.com.cn',
      'https://iam.cn-northwest-1.amazonaws.com.cn'
    ]
  ])('%s: partition %s, STS %s, IAM %s', (region, partition, sts, iam) => {
    expect(partitionOf(region)).toBe(partition)
    expect(stsEndpoint(region)).toBe(sts)
    expect(iamEndpoint(region)).toBe(iam)
  })

  it.each(['us-east-1', 'us-gov-west-1', 'cn-north-1'])(
    'the SDK resolves the same endpoints for %s (no endpoint variables)',
    async (region) => {
      const options = { region, credentials: CREDENTIALS, env: {} }
      const resolved = async (client: {
        config: { endpointProvider: (parameters: { Region: string }) => { url: URL } }
      }) => client.config.endpointProvider({ Region: region }).url.origin
      expect(await resolved(createStsClient(options))).toBe(stsEndpoint(region))
      expect(await resolved(await createIamClient(options))).toBe(iamEndpoint(region))
    }
  )
})
