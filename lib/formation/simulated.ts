import type { ScreenId } from '@/lib/diagnostic/screens'

/**
 * The diagnostic's simulated screens that make sense as exercises in a formation (the device and typing tasks
 * test a gesture, not a skill a module teaches). Grouped as in the admin select.
 */
export const simulatedTasks = [
  'findMessage',
  'attachment',
  'reply',
  'form',
  'link',
  'search',
  'back',
  'addressBar',
  'phishing',
  'unsafeSite',
] as const satisfies readonly ScreenId[]

export type SimulatedTask = (typeof simulatedTasks)[number]

export const isSimulatedTask = (value: unknown): value is SimulatedTask =>
  typeof value === 'string' && (simulatedTasks as readonly string[]).includes(value)
