import { getTranslations } from 'next-intl/server'

import type { SituationAnswers } from '@/lib/diagnostic/situation'
import type { SnapshotWords } from '@/lib/diagnostic/snapshot'

/**
 * What the questionnaire said, question by question, in the words of the questionnaire it was filled with (the
 * result's snapshot). Answers saved before the questions went to the CMS were stored by question at the top.
 */
export async function SituationSummary({ answers, words }: { answers: SituationAnswers; words: SnapshotWords }) {
  const t = await getTranslations('diagnostic.situation')
  const chosen = (key: string): string[] =>
    answers.questions?.[key] ?? ((answers as unknown as Record<string, unknown>)[key] as string[] | undefined) ?? []
  return (
    <section aria-labelledby="situation-title" className="mt-6 print:mt-3">
      <h2 id="situation-title" className="text-2xl font-bold print:text-lg">
        {t('resultTitle')}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        {words.questions.map((question) => (
          <div key={question.key} className="contents">
            <dt className="font-semibold">{question.summary}</dt>
            <dd>
              {chosen(question.key).length
                ? chosen(question.key)
                    .map((v) => question.answers[v] ?? v)
                    .join(', ')
                : t('none')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
