/** Drops this run's database (and stops the embedded server if the run started one). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.testDatabase?.drop()
}
