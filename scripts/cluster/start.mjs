// npm run start:cluster: redis, INSTANCES (default 2) instances and nginx in front on PORT (default 8080), on
// one SQLite database (DATABASE_URI, default data/123digit.db; migrated, seeded when new). Ctrl-C stops them
// all. Needs a production build (npm run build) and scripts/setup-serving.sh. README, "Production".
import { startCluster } from './cluster.mjs'

const port = Number(process.env.PORT || 8080)
const count = Number(process.env.INSTANCES || 2)
const base = Number(process.env.INSTANCE_BASE_PORT || port + 1)
const cluster = await startCluster({
  port,
  purgePort: Number(process.env.PURGE_PORT || port - 1),
  redisPort: Number(process.env.REDIS_PORT || 6379),
  instancePorts: Array.from({ length: count }, (_, i) => base + i),
  database: process.env.DATABASE_URI || 'file:./data/123digit.db',
  workDir: process.env.CLUSTER_DIR || 'data/cluster',
  log: true,
})
console.log(`> 123Digit cluster on http://localhost:${port} (${count} instances, nginx, redis)`)
for (const { name, pid } of cluster.pids) console.log(`  ${name}: pid ${pid}`)
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    console.log('> stopping the cluster')
    void cluster.stop().then(() => process.exit(0))
  })
