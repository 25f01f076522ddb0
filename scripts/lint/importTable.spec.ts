import { ESLint } from 'eslint'

/**
 * The import table of docs/architecture.md is a lint rule that fails `npm test`; this proves it
 * bites: each wrong import below, linted as if it were a file of that layer, is an error of
 * `import-x/no-restricted-paths`, and the allowed ones are not.
 */
const eslint = new ESLint({ cwd: process.cwd() })

const restrictedImports = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((message) => message.ruleId === 'import-x/no-restricted-paths')
}

describe('the import table', () => {
  it.each([
    ['src/lib/wrong.ts', "import { BULK_JOBS } from '../../plugins/bulk-ops/constants'"],
    ['src/lib/wrong.ts', "import { verifyLedger } from '../ledger/operations/verifyLedger'"],
    ['src/lib/wrong.ts', "import { Charges } from '../../collections/ledger/Charges'"],
    ['src/access/wrong.ts', "import { readEnv } from '../lib/env'"],
    ['src/ledger/wrong.ts', "import { Charges } from '../../collections/ledger/Charges'"],
    ['collections/wrong.ts', "import { DUNNING_RUNS } from '../plugins/collections-os/constants'"],
    ['plugins/bulk-ops/wrong.ts', "import { DUNNING_RUNS } from '../collections-os/constants'"],
    ['plugins/collections-os/wrong.ts', "import { BULK_JOBS } from '../bulk-ops/constants'"],
    ['plugins/bulk-ops/wrong.ts', "import config from '../../payload.config'"],
    ['migrations/wrong.ts', "import { readEnv } from '../src/lib/env'"],
  ])('should refuse in %s: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('docs/architecture.md') }),
    ])
  })

  it.each([
    ['src/ledger/right.ts', "import { CHARGE_SOURCES } from '../../collections/ledger/constants'"],
    ['src/lib/right.ts', "import { scopeOf } from '../access/scopeOf'"],
    [
      'plugins/bulk-ops/right.ts',
      "import { issueCharges } from '../../src/ledger/operations/issueCharges'",
    ],
    ['plugins/bulk-ops/test/right.int.spec.ts', "import { api } from '../../../test/helpers/http'"],
  ])('should allow in %s: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([])
  })
})
