import { checkHealth } from '@/lib/operations/health'
import { getPayloadClient } from '@/lib/payload/client'
import { usesMongo } from '@/lib/payload/database'
import { migrations } from '@/migrations'
import packageJson from '@/package.json'

export const dynamic = 'force-dynamic'

/** For load balancers and uptime checks: 200 when this instance can serve, 503 otherwise; never cached. */
export async function GET() {
  const health = await checkHealth(
    await getPayloadClient(),
    usesMongo() ? null : migrations.map((m) => m.name),
    process.env.APP_VERSION || packageJson.version,
  )
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
