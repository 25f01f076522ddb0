import { e2eDatabaseUrl } from './e2eDatabase'

/*
 * Runs before each e2e file (the project's `setupFiles`): the file, the app it launches and any
 * Payload it reads with use the e2e database (`e2eDatabase.ts`; the first file to launch the app
 * creates it). Jest gives each test file its own copy of `process.env`, so this never reaches the
 * files of the other projects.
 */
process.env.DATABASE_URL = e2eDatabaseUrl(process.env.DATABASE_URL as string)
