import { defineConfig, devices } from '@playwright/test'

import { clusterPorts, site } from './tests/e2e-cluster/ports'

/**
 * The cluster project (issue 14): nginx (deploy/nginx), Redis and two instances on one database, started by
 * tests/e2e-cluster/setup.ts, reached by the browser as http://digit.test:<port>, a host name that is neither
 * an instance's nor localhost. Run after the main project by `npm run test:e2e`, on the same build.
 */
export default defineConfig({
  testDir: 'tests/e2e-cluster',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // One worker: the checks count seats and sign-in failures on shared state.
  workers: 1,
  forbidOnly: true,
  globalSetup: './tests/e2e-cluster/setup.ts',
  reporter: [['list']],
  use: {
    baseURL: site,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        `--host-resolver-rules=MAP digit.test 127.0.0.1`,
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'cluster', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  metadata: { ports: clusterPorts },
})
