import { expect, expectAccessible, signIn, test, visit } from './support/test'
import { richText } from './support/richText'

const editor = { email: 'editeur@demo.123digit.be', password: 'Demo-123digit!' }

/**
 * Issue 16, point 4: a Dutch page showing texts not yet translated says so in Dutch and marks them
 * `lang="fr"`; the French page says nothing; editors find the document with the "Traduction" filter.
 */
test('a Dutch page whose trame is not translated yet says so, and its French texts carry lang="fr"', async ({
  page,
  browser,
}) => {
  // Four documents written through the API, three pages and a sign-in: more than the default minute on a busy CI.
  test.slow()
  const api = page.request
  const login = await api.post('/api/users/login', { data: editor })
  const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const title = `Le wifi du quartier ${Date.now()}`
  const write = async (method: 'post' | 'patch', path: string, data: object) => {
    const response = await api[method](path, { headers, data })
    expect(response.status(), await response.text()).toBeLessThan(300)
    return ((await response.json()) as { doc: { id: number; slug: string; steps?: { id: string }[] } }).doc
  }
  const theme = ((await (await api.get('/api/themes?limit=1')).json()) as { docs: { id: number }[] }).docs[0]!
  const trame = await write('post', '/api/trames?locale=fr', {
    title,
    _status: 'published',
    steps: [{ minutes: 20, title: 'Se connecter', description: richText('Chacun choisit le réseau et tape la clé.') }],
  })
  const moduleDoc = await write('post', '/api/modules?locale=fr', {
    title,
    _status: 'published',
    summary: 'Se connecter au wifi d’un lieu public sans se tromper de réseau.',
    themes: [theme.id],
    level: '1',
    durationMinutes: 30,
    trame: trame.id,
  })
  // The module is translated into Dutch, its trame not yet.
  await write('patch', `/api/modules/${moduleDoc.id}?locale=nl`, {
    title: `Wifi in de buurt ${Date.now()}`,
    summary: 'Verbinding maken met de wifi van een openbare plek.',
  })

  const reader = await (await browser.newContext()).newPage()
  await visit(reader, `/nl/modules/${moduleDoc.slug}`)
  await expect(reader.getByRole('note')).toHaveCount(0)

  await signIn(reader, 'aidant@demo.123digit.be', undefined, 'nl')
  await visit(reader, `/nl/modules/${moduleDoc.slug}/begeleidingsfiche`)
  await expect(reader.getByRole('note')).toHaveText(
    'Een deel van deze pagina is nog niet in het Nederlands vertaald: die stukken staan er in het Frans.',
  )
  await expect(reader.getByRole('heading', { name: 'Se connecter' })).toHaveAttribute('lang', 'fr')
  await expect(
    reader.getByText('Chacun choisit le réseau et tape la clé.').locator('xpath=ancestor::*[@lang][1]'),
  ).toHaveAttribute('lang', 'fr')
  // The module's own title is Dutch: no lang of its own.
  await expect(reader.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang')
  await expectAccessible(reader)

  // In French, nothing is missing: no notice.
  await visit(reader, `/fr/modules/${moduleDoc.slug}/trame`)
  await expect(reader.getByRole('note')).toHaveCount(0)

  // The editor's list: the "Traduction" column, filtered on what lacks Dutch.
  const listed = await api.get(`/api/trames?where[translationStatus][equals]=missing-nl&depth=0&limit=100`, {
    headers,
  })
  expect(((await listed.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)).toContain(trame.id)
})
