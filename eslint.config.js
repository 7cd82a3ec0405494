import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The pure layers decide; only the edges talk to GitHub, AWS and the file system.
const pureLayer = {
  patterns: [
    { group: ['@actions/*', '@aws-sdk/*', '@smithy/*', '@octokit/*'], message: 'Pure layers do no I/O.' },
    {
      group: ['**/aws/*', '**/action/*', '**/transaction/*'],
      message: 'Pure layers import only pure layers.'
    }
  ],
  paths: [
    { name: 'node:fs', message: 'Pure layers do no I/O.' },
    { name: 'fs', message: 'Pure layers do no I/O.' }
  ]
}

// Below action/, the job log is reached only through report/log.ts, whose sink redacts every line.
const noActionsCore = {
  group: ['@actions/core'],
  message:
    'Log through report/log.ts (the sink redacts every line); only action/ and main.ts talk to the runner.'
}
const noDynamicActionsCore = {
  selector: "ImportExpression[source.value='@actions/core']",
  message: noActionsCore.message
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/domain/**', 'src/policy/**', 'src/report/**'],
    rules: { 'no-restricted-imports': ['error', pureLayer] }
  },
  {
    files: ['src/aws/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/action/*', '**/transaction/*'],
              message: 'AWS adapters know nothing of the edge or the write side.'
            },
            noActionsCore
          ]
        }
      ]
    }
  },
  {
    files: ['src/transaction/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noActionsCore] }] }
  },
  {
    files: ['src/domain/**', 'src/policy/**', 'src/report/**', 'src/transaction/**', 'src/aws/**'],
    // The OIDC token and the credentials it buys are not log lines: credentials.ts gets and masks them.
    ignores: ['src/aws/credentials.ts'],
    rules: { 'no-restricted-syntax': ['error', noDynamicActionsCore] }
  }
)
