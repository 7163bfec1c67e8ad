'use client'

import { usePlayerLocale, usePlayerT } from '@/components/formation/messages'
import { type ReactNode, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'

import { Button } from '@/components/ui/Button'
import { DeviceText } from '@/components/ui/DeviceText'
import { useTouchScreen } from '@/components/ui/useTouchScreen'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { ReadAloud } from '@/components/ui/ReadAloud'
import { finishSimulator } from '@/lib/diagnostic/actions'
import { nextTask } from '@/lib/diagnostic/adaptive'
import type { DiagnosticDefinition } from '@/lib/diagnostic/definition'
import type { TaskRecord } from '@/lib/diagnostic/scoring'

import { Frame } from './tasks/Frame'
import { taskScreens } from './tasks'

const storageKey = 'digit-diagnostic-v1'
const maxAttempts = 3

type ForWhom = { learner: number | null; learnerCode: string }
type Saved = { submissionId: string; records: TaskRecord[]; forWhom?: ForWhom }

function load(): Saved | null {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Saved | null
    return saved && Array.isArray(saved.records) ? saved : null
  } catch {
    return null
  }
}

const noSubscribe = () => () => {}

/** What the player needs of the published diagnostic: its domains and tasks (words in the page's language). */
export type PlayerDiagnostic = Pick<DiagnosticDefinition, 'domains' | 'thresholds'>

/**
 * The simulator, one task at a time, as the published diagnostic sets them (words, order, difficulty). Every
 * action is recorded (success, attempts, time, help) and kept in this browser after each task, so closing the
 * tab and coming back resumes where the person was.
 */
export function DiagnosticPlayer({
  diagnostic,
  learners = [],
  title,
  intro,
}: {
  diagnostic: PlayerDiagnostic
  learners?: { id: number; name: string }[]
  /** The page's title: shown with the intro before the start, kept for screen readers only during the tasks. */
  title: string
  intro: ReactNode
}) {
  const t = usePlayerT('diagnostic')
  const touchScreen = useTouchScreen()
  const locale = usePlayerLocale()
  const savedAtStart = useSyncExternalStore(
    noSubscribe,
    () => localStorage.getItem(storageKey),
    () => null,
  )
  const [run, setRun] = useState<Saved | null>(null)
  const [attempts, setAttempts] = useState(0)
  const [helpUsed, setHelpUsed] = useState(false)
  // Which task the feedback answers: a "Bravo !" belongs to the task just done, not to the next one.
  const [feedback, setFeedback] = useState<{ task: string; kind: 'tryAgain' | 'wellDone' } | null>(null)
  const [paused, setPaused] = useState(false)
  const [saving, setSaving] = useState<'idle' | 'saving' | 'error'>('idle')
  const [forWhom, setForWhom] = useState<ForWhom>({ learner: null, learnerCode: '' })
  const startedAt = useRef(0)
  const heading = useRef<HTMLHeadingElement>(null)
  const task = run ? nextTask(diagnostic, run.records) : null
  const taskId = task?.key

  // A new task: reset its counters, show it from the top of the page and move the focus to its instruction.
  useEffect(() => {
    startedAt.current = Date.now()
    if (!taskId) return
    window.scrollTo({ top: 0 })
    heading.current?.focus({ preventScroll: true })
  }, [taskId])

  /** Sends the finished run; the server scores it. Retried by the person if the connection failed. */
  const save = useCallback(
    async (finished: Saved) => {
      setSaving('saving')
      try {
        const { url } = await finishSimulator(finished.submissionId, finished.records, locale, finished.forWhom)
        localStorage.removeItem(storageKey)
        window.location.assign(url)
      } catch {
        setSaving('error')
      }
    },
    [locale],
  )

  const begin = (resume: boolean) => {
    const saved = resume ? load() : null
    setRun(saved ?? { submissionId: crypto.randomUUID(), records: [], forWhom })
    // The tab was closed while the finished run was being saved: save it now (the same id, no duplicate).
    if (saved && !nextTask(diagnostic, saved.records)) void save(saved)
  }
  const record = useCallback(
    (outcome: TaskRecord['outcome'], tries: number) => {
      if (!run || !task) return
      const next: Saved = {
        ...run,
        records: [
          ...run.records,
          {
            task: task.key,
            outcome,
            attempts: tries,
            seconds: Math.round((Date.now() - startedAt.current) / 1000),
            helpUsed,
          },
        ],
      }
      localStorage.setItem(storageKey, JSON.stringify(next))
      setRun(next)
      setAttempts(0)
      setHelpUsed(false)
      if (!nextTask(diagnostic, next.records)) void save(next)
    },
    [diagnostic, run, task, helpUsed, save],
  )

  const report = (success: boolean) => {
    if (!task) return
    const tries = attempts + 1
    if (success) {
      setFeedback({ task: task.key, kind: 'wellDone' })
      record('success', tries)
    } else if (tries >= maxAttempts) {
      setFeedback(null)
      record('failed', tries)
    } else {
      setAttempts(tries)
      setFeedback({ task: task.key, kind: 'tryAgain' })
    }
  }

  if (!run) {
    return (
      <div className="space-y-4">
        <PageHeading size="lg">{title}</PageHeading>
        {intro}
        {learners.length ? (
          <div className="space-y-2 rounded-xl bg-brand-50 p-4">
            <label htmlFor="for-whom" className="block text-lg font-semibold">
              {t('forWhom')}
            </label>
            <p id="for-whom-hint">{t('forWhomHint')}</p>
            <select
              id="for-whom"
              aria-describedby="for-whom-hint"
              className="min-h-12 w-full rounded-lg border-2 border-slate-500 px-3 text-lg"
              value={forWhom.learner ?? ''}
              onChange={(e) => setForWhom({ ...forWhom, learner: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('forWhomAnonymous')}</option>
              {learners.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
            {forWhom.learner === null ? (
              <label className="block text-lg font-semibold">
                {t('situation.learnerCode')}
                <input
                  value={forWhom.learnerCode}
                  onChange={(e) => setForWhom({ ...forWhom, learnerCode: e.target.value })}
                  className="mt-1 block min-h-12 w-full rounded-lg border-2 border-slate-500 px-3 text-lg"
                />
              </label>
            ) : null}
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {savedAtStart ? (
            <Button type="button" size="lg" onClick={() => begin(true)}>
              {t('resume')}
            </Button>
          ) : null}
          <Button type="button" size="lg" variant={savedAtStart ? 'secondary' : 'primary'} onClick={() => begin(false)}>
            {savedAtStart ? t('restart') : t('start')}
          </Button>
        </div>
      </div>
    )
  }

  if (!task) {
    return (
      <div className="text-xl">
        <h1 className="sr-only">{title}</h1>
        <div role="status">
          {saving === 'error' ? (
            <>
              <p>{t('saveError')}</p>
              <Button type="button" size="lg" className="mt-4" onClick={() => void save(run)}>
                {t('retrySave')}
              </Button>
            </>
          ) : (
            <p>{t('saving')}</p>
          )}
        </div>
      </div>
    )
  }

  const Screen = taskScreens[task.screen]
  // The words of the device in hand: the `…Touch` variant, when the editor wrote one, on a touch screen.
  const instruction = { mouse: task.instruction, touch: task.instructionTouch ?? task.instruction }
  const hint = { mouse: task.hint, touch: task.hintTouch ?? task.hint }
  const domainTitle = diagnostic.domains.find((d) => d.key === task.domain)?.title
  // Compact on a phone (issue 18): the instruction, then the exercise at once; the helpers that would push it
  // below the fold are a loudspeaker beside the instruction, "Pause" on the counter's line, and the hint and
  // "Je ne sais pas" under the exercise.
  return (
    <div className="space-y-3" data-diagnostic-task={task.key}>
      <h1 className="sr-only">{title}</h1>
      <div className="flex items-center justify-between gap-2">
        <p className="font-semibold text-slate-700">
          {t('task', { number: run.records.length + 1 })} · {domainTitle}
        </p>
        <Button type="button" variant="neutral" size="md" className="shrink-0" onClick={() => setPaused(true)}>
          {t('pauseShort')}
        </Button>
      </div>
      <div className="flex items-start gap-3">
        <ReadAloud
          compact
          text={task.readAloud ?? (touchScreen ? instruction.touch : instruction.mouse)}
          lang={locale}
          labels={{ read: t('readAloud'), stop: t('stopReading') }}
        />
        <h2 ref={heading} tabIndex={-1} className="text-xl font-bold leading-snug outline-none sm:text-2xl">
          <DeviceText {...instruction} />
        </h2>
      </div>
      {helpUsed ? (
        <Notice tone="warning" look="soft" className="text-lg">
          <DeviceText {...hint} />
        </Notice>
      ) : null}
      {/* Feedback of this task only: it is tied to the task it answers, so it never shows under the next one.
          The live region stays in the page (an added one is not announced) but takes no room while empty. */}
      <p role="status" aria-live="polite" className="my-0! text-lg font-semibold">
        {feedback?.task === task.key ? <span className="block pb-3">{t(feedback.kind)}</span> : null}
      </p>
      {paused ? (
        <div className="rounded-xl border-2 border-brand-700 p-6 text-center">
          <p className="text-xl">{t('paused')}</p>
          <Button type="button" size="lg" className="mt-4" onClick={() => setPaused(false)}>
            {t('continue')}
          </Button>
        </div>
      ) : (
        <Frame label={t('simulated')}>
          <Screen key={task.key} report={report} expected={task.expected} />
        </Frame>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="neutral" size="lg" onClick={() => setHelpUsed(true)} aria-expanded={helpUsed}>
          {t('help')}
        </Button>
        <Button
          type="button"
          variant="neutral"
          size="lg"
          onClick={() => (setFeedback(null), record('skipped', attempts))}
        >
          {t('skip')}
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {feedback && feedback.task !== task.key && feedback.kind === 'wellDone' ? t('wellDoneNext') : ''}
      </p>
    </div>
  )
}
