/**
 * The simulator's tasks: each runs in a screen drawn by the app (components/diagnostic/tasks/), never on a real
 * site. Difficulty 1–3 orders the tasks of a domain for the adaptive rule (adaptive.ts).
 */
export const domains = ['device', 'typing', 'browser', 'email', 'admin', 'safety'] as const
export type Domain = (typeof domains)[number]

export const taskIds = [
  'tap',
  'doubleClick',
  'scroll',
  'drag',
  'typeName',
  'capitals',
  'atSign',
  'search',
  'link',
  'addressBar',
  'back',
  'findMessage',
  'attachment',
  'reply',
  'form',
  'phishing',
  'unsafeSite',
] as const
export type TaskId = (typeof taskIds)[number]

export type Task = { id: TaskId; domain: Domain; difficulty: 1 | 2 | 3 }

export const tasks: readonly Task[] = [
  { id: 'tap', domain: 'device', difficulty: 1 },
  { id: 'scroll', domain: 'device', difficulty: 2 },
  { id: 'doubleClick', domain: 'device', difficulty: 2 },
  { id: 'drag', domain: 'device', difficulty: 3 },
  { id: 'typeName', domain: 'typing', difficulty: 1 },
  { id: 'capitals', domain: 'typing', difficulty: 2 },
  { id: 'atSign', domain: 'typing', difficulty: 3 },
  { id: 'link', domain: 'browser', difficulty: 1 },
  { id: 'search', domain: 'browser', difficulty: 2 },
  { id: 'back', domain: 'browser', difficulty: 2 },
  { id: 'addressBar', domain: 'browser', difficulty: 3 },
  { id: 'findMessage', domain: 'email', difficulty: 1 },
  { id: 'attachment', domain: 'email', difficulty: 2 },
  { id: 'reply', domain: 'email', difficulty: 3 },
  { id: 'form', domain: 'admin', difficulty: 3 },
  { id: 'phishing', domain: 'safety', difficulty: 2 },
  { id: 'unsafeSite', domain: 'safety', difficulty: 3 },
]

export const tasksOf = (domain: Domain) => tasks.filter((t) => t.domain === domain)

/** The catalogue theme that teaches each domain, for the recommendations. */
export const domainThemes: Record<Domain, string> = {
  device: 'premiers-pas',
  typing: 'premiers-pas',
  browser: 'internet',
  email: 'email-messagerie',
  admin: 'demarches-en-ligne',
  safety: 'securite-vie-privee',
}
