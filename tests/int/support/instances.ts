import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

/**
 * Other server instances on this test file's database: each a separate Node process (tests/int/support/
 * instance.ts), so nothing in this process's memory can serialise what they do. `start` resolves once its
 * Payload is up; `go` releases it; `result` is what its task returned.
 */
export type Instance = {
  child: ChildProcess
  ready: Promise<void>
  go: () => void
  result: Promise<unknown>
  /** Everything it printed, for a failing test's message. */
  output: () => string
}

const root = path.resolve(import.meta.dirname, '../../..')

export function startInstance(task: Record<string, unknown>, env: Record<string, string> = {}): Instance {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=production', 'tests/int/support/instance.ts', JSON.stringify(task)],
    {
      cwd: root,
      // The schema is already there (pushed by this test's own Payload): the instance must not push it again.
      env: { ...process.env, NODE_ENV: 'test', PAYLOAD_MIGRATING: 'true', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  let out = ''
  let onReady: () => void = () => undefined
  let onResult: (value: unknown) => void = () => undefined
  const exited = (code: number | null, signal: string | null) =>
    new Error(`instance exited (${code ?? signal}):\n${out}`)
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve
    child.once('exit', (code, signal) => reject(exited(code, signal)))
  })
  const result = new Promise<unknown>((resolve, reject) => {
    onResult = resolve
    child.once('exit', (code, signal) => reject(exited(code, signal)))
  })
  // A killed instance's result is never awaited: no unhandled rejection for it.
  result.catch(() => undefined)
  ready.catch(() => undefined)
  const read = (chunk: Buffer) => {
    out += chunk.toString()
    if (out.includes('@@ready')) onReady()
    const match = out.match(/@@result (.*)\n/)
    if (match) onResult(JSON.parse(match[1]!))
  }
  child.stdout.on('data', read)
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
  return { child, ready, go: () => child.stdin.write('go\n'), result, output: () => out }
}
