import base from './playwright.config'
export default { ...base, webServer: undefined, testDir: 'tests/e2e', globalSetup: undefined, use: { ...base.use, baseURL: 'http://localhost:3230' } }
