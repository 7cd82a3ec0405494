/**
 * The region of a run and what follows from it. IAM is global within a partition, STS is regional;
 * the partition (and with it every ARN the action builds) follows the region of the credentials.
 */
export const DEFAULT_REGION = 'us-east-1'

export type RegionSource = 'aws-region' | 'AWS_REGION' | 'AWS_DEFAULT_REGION' | 'default'

/**
 * The input, else the environment's region as configure-aws-credentials exports it (AWS_REGION,
 * then AWS_DEFAULT_REGION for the AWS CLI v1), else us-east-1; with where it came from.
 */
export function chooseRegion(
  input: string,
  env: NodeJS.ProcessEnv = process.env
): { region: string; source: RegionSource } {
  const candidates: Array<[RegionSource, string | undefined]> = [
    ['aws-region', input],
    ['AWS_REGION', env.AWS_REGION],
    ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION]
  ]
  for (const [source, value] of candidates) {
    const region = value?.trim() ?? ''
    if (region !== '') return { region, source }
  }
  return { region: DEFAULT_REGION, source: 'default' }
}

export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn'

export function partitionOf(region: string): Partition {
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('cn-')) return 'aws-cn'
  return 'aws'
}

const DNS_SUFFIX: Record<Partition, string> = {
  aws: 'amazonaws.com',
  'aws-us-gov': 'amazonaws.com',
  'aws-cn': 'amazonaws.com.cn'
}

/** The regional STS endpoint, as the SDK resolves it. */
export function stsEndpoint(region: string): string {
  return `https://sts.${region}.${DNS_SUFFIX[partitionOf(region)]}`
}

/** IAM's one endpoint per partition. */
export function iamEndpoint(region: string): string {
  const partition = partitionOf(region)
  if (partition === 'aws-us-gov') return 'https://iam.us-gov.amazonaws.com'
  if (partition === 'aws-cn') return `https://iam.${region}.amazonaws.com.cn`
  return 'https://iam.amazonaws.com'
}
