import { defineConfig, devices } from "@playwright/test";
import { BASE_URL, DATA_DIR, PORT } from "./tests/e2e/support/server";

// Playwright's own Chromium build cannot be downloaded here: the system one is used
// (tests/e2e/run.mjs finds or installs it and exports CHROMIUM_PATH).
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // Files run in parallel on two workers; the tests in one file run in order.
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-US",
    timezoneId: "UTC",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // Deletes DATA_DIR, then `next start` on a production build (run.mjs builds it).
    command: "node tests/e2e/serve.mjs",
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      PGLITE_DIR: DATA_DIR,
      NEXTAUTH_URL: BASE_URL,
      SIGN_IN_MAX_FAILURES: "10",
      SIGN_IN_WINDOW_MINUTES: "15",
      // The suite stands in for a reverse proxy: each test names its client in X-Forwarded-For,
      // so the per-address sign-in limits of different tests do not add up.
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
