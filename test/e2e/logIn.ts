import type { Page } from 'playwright-core'

/**
 * Logs in through the admin's login form and waits for the dashboard. The form is server-rendered
 * first and typing before React hydrates it is lost, so the fields are filled until they hold.
 */
export const logIn = async ({
  email,
  page,
  password,
  url,
}: {
  email: string
  page: Page
  password: string
  url: string
}): Promise<void> => {
  await page.goto(`${url}/admin/login`)
  await page.waitForLoadState('networkidle')
  for (
    let attempt = 0;
    attempt < 3 && (await page.inputValue('input[name="email"]')) !== email;
    attempt += 1
  ) {
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.waitForTimeout(200)
  }
  await page.click('button[type="submit"]')
}
