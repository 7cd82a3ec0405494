import type { AwsEmulator } from './aws/server.js'

/** Salesforce's AWS account, trusted by the roles its CloudFormation templates create. */
export const SALESFORCE_ACCOUNT = '793525387755'

/** The trust policy Salesforce's templates give every SCV role: no condition at all. */
export function templateTrustPolicy(extraStatements: object[] = []): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${SALESFORCE_ACCOUNT}:root` },
        Action: 'sts:AssumeRole'
      },
      ...extraStatements
    ]
  }
}

/** A statement for an unrelated service principal: it must survive every change untouched. */
export const CONNECT_SERVICE_STATEMENT = {
  Sid: 'AmazonConnectService',
  Effect: 'Allow',
  Principal: { Service: 'connect.amazonaws.com' },
  Action: 'sts:AssumeRole'
}

/** A Deny statement of about `characters` characters: makes a trust policy large without opening it. */
export function paddingStatement(characters: number): object {
  return { Sid: 'P'.repeat(characters), Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }
}

/** The contact center types `--seed` accepts: the action's `contact-center-type` values. */
export const SEED_TYPES = ['new-instance', 'existing-instance', 'xml-import'] as const
export type SeedType = (typeof SEED_TYPES)[number]

/** The role names of a contact center type, as the templates create them. */
export function seedRoleNames(type: SeedType, callCenters: readonly string[]): string[] {
  const shared =
    type === 'xml-import'
      ? ['SCVAmazonConnectManagementRole', 'SCVUpdateCredentialRole']
      : ['SCVProvisioningRole', 'SCVAmazonConnectManagementRole']
  return [...shared, ...callCenters.flatMap((cc) => [`${cc}-ConnectCallRole`, `${cc}-SCVS3Role`])]
}

/** Creates the roles of a type as a fresh Salesforce setup leaves them; returns their names. */
export function seedSalesforceAccount(
  aws: AwsEmulator,
  type: SeedType,
  callCenters: readonly string[],
  options: { extraStatements?: object[] } = {}
): string[] {
  const names = seedRoleNames(type, callCenters)
  for (const name of names)
    aws.createRole(name, templateTrustPolicy(options.extraStatements ?? [CONNECT_SERVICE_STATEMENT]))
  return names
}
