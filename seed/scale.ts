/**
 * Scale seed for benchmarks: `npm run seed:scale [-- count]` adds generated published modules (default 2,000)
 * on top of the demo seed, reusing its trames, fiches and formations, and 10,000 places on the map
 * (`-- --structures=N` to change), and 200,000 activities over those places (`-- --activities=N`). Idempotent: existing ones are skipped.
 *
 * The generated modules and places are real published content to every page that lists them (catalogue,
 * map, diagnostic recommendations): the site does not tell them apart. So they go only into a database kept
 * for benchmarks, whose DATABASE_URI names it (`…bench…`), never the demo's or a developer's.
 */
import { runScript } from './runScript'
import { seedScaleActivities } from './scaleActivities'
import { seedScaleStructures } from './scaleStructures'

if (!/bench/i.test(process.env.DATABASE_URI ?? '')) {
  console.error(
    'seed:scale writes benchmark content into the database: point DATABASE_URI at a benchmark database ' +
      '(its name containing "bench", e.g. DATABASE_URI=file:./data/bench.db), see scripts/bench/README.md.',
  )
  process.exit(1)
}

/** A relationship read at depth 0 is an id; anything else is dropped. */
const idOf = (value: unknown) => (typeof value === 'number' ? value : undefined)

const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 2000)
await runScript('seed:scale', async (payload) => {
  const [themes, seeded] = await Promise.all([
    payload.find({ collection: 'themes', limit: 100, depth: 0 }),
    payload.find({ collection: 'modules', limit: 100, depth: 0, where: { slug: { not_like: 'bench-' } } }),
  ])
  if (!themes.docs.length || !seeded.docs.length) throw new Error('Run the demo seed first (npm run seed).')
  const existing = await payload.count({ collection: 'modules', where: { slug: { like: 'bench-' } } })
  for (let i = existing.totalDocs; i < count; i++) {
    const theme = themes.docs[i % themes.docs.length]!
    const model = seeded.docs[i % seeded.docs.length]!
    const level = String(i % 4) as '0' | '1' | '2' | '3'
    const created = await payload.create({
      collection: 'modules',
      locale: 'fr',
      depth: 0,
      context: { bulk: true },
      data: {
        _status: 'published',
        slug: `bench-${i}`,
        title: `Atelier pratique ${i} : ${theme.title}`,
        summary: `Exercices guidés de niveau ${level} autour de « ${theme.title} », pour pratiquer en petit groupe.`,
        themes: [theme.id],
        level,
        durationMinutes: 30 + (i % 4) * 30,
        competences: model.competences ?? [],
        objectives: [{ text: 'Refaire seul les gestes vus en atelier' }],
        trame: idOf(model.trame),
        fiche: idOf(model.fiche),
        formation: idOf(model.formation),
        author: { kind: 'wetechcare' },
      },
    })
    await payload.update({
      collection: 'modules',
      id: created.id,
      locale: 'nl',
      depth: 0,
      data: {
        title: `Praktijkworkshop ${i}`,
        summary: `Begeleide oefeningen op niveau ${level}, om in kleine groep te oefenen.`,
        objectives: created.objectives?.map((o) => ({ id: o.id, text: 'Zelf de stappen herhalen' })),
      },
    })
    if ((i + 1) % 250 === 0) payload.logger.info(`seed:scale ${i + 1}/${count}`)
  }
  payload.logger.info(`seed:scale: ${count} generated modules present`)
  const structures = Number(process.argv.find((arg) => arg.startsWith('--structures='))?.split('=')[1] ?? 10_000)
  await seedScaleStructures(payload, structures)
  payload.logger.info(`seed:scale: ${structures} generated places present`)
  const activities = Number(process.argv.find((arg) => arg.startsWith('--activities='))?.split('=')[1] ?? 200_000)
  await seedScaleActivities(payload, activities)
  payload.logger.info(`seed:scale: ${activities} generated activities present`)
})
