// What the HTTP benchmarks share: an autocannon run over a list of paths that keeps every response time, and
// percentiles over them.
import autocannon from 'autocannon'

/**
 * Runs `connections` connections for `duration` seconds, cycling through `paths` (with `headers`, a session
 * cookie for instance); latencies sorted, in ms.
 */
export function load(base, paths, connections, duration, headers = {}) {
  const latencies = []
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections, duration, headers, requests: paths.map((path) => ({ method: 'GET', path })) },
      (error, result) => (error ? reject(error) : resolve({ result, latencies: latencies.sort((a, b) => a - b) })),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
