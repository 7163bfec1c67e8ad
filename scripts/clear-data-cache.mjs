// Next keeps its data cache on disk (.next/cache/fetch-cache) across restarts. Payload hooks expire it when
// content changes inside the app, but not when a script (seed, migration) wrote to the database meanwhile:
// start every server with an empty data cache.
import { rmSync } from 'node:fs'

rmSync(new URL('../.next/cache/fetch-cache', import.meta.url), { recursive: true, force: true })
