/**
 * Runs the tasks of one key one after another, in this process: a read-then-write (the last seat of an event,
 * a learner's progress row) must not interleave with another for the same key. A key is forgotten once its
 * last task has ended. Several server instances would need a database lock instead.
 */
export function keyedQueue<K>() {
  const tails = new Map<K, Promise<unknown>>()
  return function serialized<T>(key: K, task: () => Promise<T>): Promise<T> {
    const run = (tails.get(key) ?? Promise.resolve()).then(task, task)
    const tail = run.catch(() => undefined)
    tails.set(key, tail)
    void tail.then(() => tails.get(key) === tail && tails.delete(key))
    return run
  }
}
