import { expect, signIn, test, visit } from './support/test'

/**
 * The open statistics API and the exports (issue 17, points 3 and 4): a référent makes a key on the site, a client
 * reads the API with it, the key stops working once revoked; the référent downloads the exports.
 */
test.describe('statistics API keys and exports', () => {
  test('a référent creates a key, reads the API with it, revokes it', async ({ page, request }) => {
    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/fr/statistiques/acces')
    const name = `Tableau e2e ${Date.now()}`
    await page.getByLabel('Nom de la clé').fill(name)
    await page.getByRole('button', { name: 'Créer la clé' }).click()
    const notice = page.getByRole('status').filter({ hasText: 'Voici votre nouvelle clé' })
    await expect(notice).toBeVisible()
    const secret = /dg_[A-Za-z0-9_-]{43}/.exec((await notice.textContent()) ?? '')?.[0]
    expect(secret).toBeTruthy()
    const row = page.getByRole('row', { name: new RegExp(name) })
    await expect(row).toContainText(secret!.slice(0, 10))
    await expect(page.getByText(/curl -H "Authorization: Bearer dg_…"/)).toBeVisible()

    const authorization = { Authorization: `Bearer ${secret}` }
    const figures = await request.get('/api/v1/statistics?from=2025-01-01', { headers: authorization })
    expect(figures.status()).toBe(200)
    expect(figures.headers()['cache-control']).toBe('no-store')
    expect(figures.headers()['access-control-allow-origin']).toBe('*')
    const body = await figures.json()
    expect(body.scope.kind).toBe('structure')
    expect(body.totals).toHaveProperty('activities')
    expect(body.months).toHaveLength(12)
    const activities = await request.get('/api/v1/activities?limit=2', { headers: authorization })
    expect(activities.status()).toBe(200)
    const text = JSON.stringify(await figures.json()) + (await activities.text())
    for (const personal of ['@demo.123digit.be', 'personCode', 'notes', 'participant', '"member"', '"aidant"'])
      expect(text).not.toContain(personal)

    // Garbage is a 400 with a JSON error, never a 500.
    for (const path of [
      '/api/v1/activities?limit=abc',
      '/api/v1/activities?page=-1',
      '/api/v1/statistics?from=yesterday',
      `/api/v1/statistics?municipality=${'9'.repeat(3000)}`,
    ]) {
      const response = await request.get(path, { headers: authorization })
      expect([path, response.status()]).toEqual([path, 400])
      expect((await response.json()).error.code).toBe('invalid_parameter')
    }

    await row.getByRole('button', { name: `Révoquer la clé « ${name} »` }).click()
    await expect(page.getByRole('status').filter({ hasText: 'est révoquée' })).toBeVisible()
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Révoquée le')
    const after = await request.get('/api/v1/statistics', { headers: authorization })
    expect(after.status()).toBe(401)
    expect((await after.json()).error.code).toBe('unauthorized')
    expect((await request.get('/api/v1/statistics')).status()).toBe(401)
  })

  test('the OpenAPI document is OpenAPI 3.1 on the public origin; preflight allows any origin', async ({
    request,
    baseURL,
  }) => {
    const response = await request.get('/api/v1/openapi.json')
    expect(response.status()).toBe(200)
    const document = await response.json()
    expect(document.openapi).toMatch(/^3\.1\.\d+$/)
    expect(document.servers[0].url).toBe(`${baseURL}/api/v1`)
    expect(Object.keys(document.paths)).toEqual(['/statistics', '/activities'])
    const preflight = await request.fetch('/api/v1/statistics', {
      method: 'OPTIONS',
      headers: { Origin: 'https://funder.example', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status()).toBe(204)
    expect(preflight.headers()['access-control-allow-headers']).toContain('Authorization')
  })

  test('the référent downloads the activities as CSV and XLSX and the workbook; a visitor gets a 401', async ({
    page,
    request,
  }) => {
    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/nl/statistieken/toegang')
    const csv = await page.request.get('/api/statistics/activities.csv?locale=nl&from=2025-01-01&theme=nope')
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-type']).toContain('text/csv')
    expect(csv.headers()['cache-control']).toContain('no-store')
    expect(csv.headers()['content-disposition']).toMatch(
      /attachment; filename="123digit-activiteiten-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    expect(csv.headers()['x-ignored-filters']).toBe('theme')
    const text = await csv.text()
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Nummer,Datum,Soort,Duur in minuten,/)
    expect(text).not.toContain('@demo.123digit.be')

    for (const [path, filename] of [
      ['/api/statistics/activities.xlsx?locale=fr', /123digit-activites-.*\.xlsx/],
      ['/api/statistics/workbook.xlsx?locale=fr', /123digit-statistiques-.*\.xlsx/],
    ] as const) {
      const file = await page.request.get(path)
      expect(file.status()).toBe(200)
      expect(file.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      expect(file.headers()['content-disposition']).toMatch(filename)
      expect((await file.body()).subarray(0, 2).toString()).toBe('PK')
    }

    const anonymous = await request.get('/api/statistics/activities.csv?locale=nl')
    expect(anonymous.status()).toBe(401)
    expect((await anonymous.json()).error.message).toBe('Meld je aan om deze statistieken te downloaden.')
  })
})
