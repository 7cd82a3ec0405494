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
            }
          ]
        }
      ]
    }
  }
)
