// Chromium for the end-to-end tests, and a screenshot of the page when a test fails.
import { mkdir } from "node:fs/promises"
import { chromium } from "playwright-core"

export const STOREFRONT_URL = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  })
}

/** Runs `body`, saving a full-page screenshot of `page` when it fails. */
export async function withScreenshotOnFailure(page, name, body) {
  try {
    await body()
  } catch (error) {
    await mkdir("test-results", { recursive: true })
    // A failed screenshot must not hide the assertion that failed.
    await page
      ?.screenshot({ path: `test-results/${name}-${Date.now()}.png`, fullPage: true })
      .catch(() => {})
    throw error
  }
}

/** Chromium with one French tab. */
export async function openBrowserPage() {
  const browser = await launchBrowser()
  return { browser, page: await browser.newPage({ locale: "fr-FR" }) }
}

/** Runs `body` with a new French shopper's tab (its own cookies, so its own cart), screenshotting it when it fails. */
export async function asNewShopper(browser, name, body) {
  const context = await browser.newContext({ locale: "fr-FR" })
  const page = await context.newPage()
  try {
    await withScreenshotOnFailure(page, name, () => body(page))
  } finally {
    await context.close()
  }
}
