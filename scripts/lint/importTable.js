/**
 * The import table of docs/architecture.md ("Import direction") as zones of
 * `import-x/no-restricted-paths`: each zone names a layer (`target`) and what it must not import
 * (`from`). ESLint runs it in `npm test` (`npm run lint`), so a layer that imports upwards, or a
 * plugin that imports another plugin, fails the build. `scripts/lint/importTable.spec.ts` proves
 * the rule bites. Change the table here and in the doc together.
 */

const doc = 'docs/architecture.md, "Import direction"'

const zone = (target, from, message, except) => ({
  target,
  from,
  ...(except ? { except } : {}),
  message: `${message} (${doc}).`,
})

/**
 * @param {{ plugins: string[], isTest?: boolean }} options `plugins`: the folders under
 * plugins/; `isTest`: the zones for test files, which may also import test/ helpers.
 */
export const importTable = ({ plugins, isTest = false }) => {
  // Tests also build Payload from the config and share the helpers under test/.
  const top = isTest
    ? ['./src/app', './scripts']
    : ['./payload.config.ts', './src/app', './scripts', './test']
  return [
    zone(
      './src/access',
      ['./plugins', './collections', './src/lib', './src/ledger', './migrations', ...top],
      'src/access/ imports nothing else in the project',
    ),
    zone(
      './src/lib',
      ['./plugins', './collections', './src/ledger', ...top],
      'src/lib/ knows no domain: it imports only src/access/ and migrations/',
    ),
    zone(
      './src/ledger',
      ['./plugins', './collections', ...top],
      'src/ledger/ imports src/lib/, src/access/ and the ledger vocabularies (collections/ledger/constants.ts)',
      ['./ledger/constants.ts'],
    ),
    zone(
      './collections',
      ['./plugins', ...top],
      'collections/ never imports a plugin, a route, a script or the config',
    ),
    zone(
      './migrations',
      ['./plugins', './collections', './src', './scripts', './test'],
      'a migration stands alone: it must apply the same way whatever the code becomes',
    ),
    ...plugins.map((plugin) =>
      zone(
        `./plugins/${plugin}`,
        [
          ...plugins.filter((other) => other !== plugin).map((other) => `./plugins/${other}`),
          ...top,
        ],
        `plugins/${plugin}/ never imports another plugin: plugins meet through a core collection or src/lib/`,
      ),
    ),
    zone(
      './scripts/seed',
      ['./plugins'],
      "the seed writes plugins' rows by their collections, not through their internals",
    ),
  ]
}
