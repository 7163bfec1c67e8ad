// Next keeps its data cache on disk (.next/cache/fetch-cache) and the pages it rendered at run time
// (.next/server/route-cache, with the data they were rendered from) across restarts. Payload hooks expire them
// when content changes inside the app, but not when a script (seed, migration) or another database was used
// meanwhile: start every server with both empty. Pages prerendered by the build live elsewhere and stay.
import { rmSync } from 'node:fs'

for (const dir of ['../.next/cache/fetch-cache', '../.next/server/route-cache'])
  rmSync(new URL(dir, import.meta.url), { recursive: true, force: true })
