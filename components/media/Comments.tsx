import { getTranslations } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { Card } from '@/components/ui/Card'
import type { Locale } from '@/i18n/locales'
import { formLabels } from '@/lib/forms/state'
import { honeypotName } from '@/lib/forms/spam'
import { commentAction } from '@/lib/media/commentActions'
import { listComments } from '@/lib/media/queries'

import { formatDate } from './ArticleCard'

/**
 * Approved comments and the form to add one. Comments are shown as plain text: React escapes them, so
 * nothing a reader types can become HTML or a script.
 */
export async function Comments({ articleId, locale }: { articleId: number; locale: Locale }) {
  const [t, labels, comments] = await Promise.all([getTranslations('media'), formLabels(), listComments(articleId)])
  return (
    <section aria-labelledby="comments-title" className="mt-12 border-t border-slate-200 pt-8">
      <h2 id="comments-title" className="text-2xl font-bold">
        {t('commentsTitle', { count: comments.length })}
      </h2>
      {comments.length ? (
        <ol className="mt-4 space-y-4">
          {comments.map((comment) => (
            <Card key={comment.id} lang={comment.language ?? undefined} as="li" padding="md" data-testid="comment">
              <p className="font-bold">
                {comment.name}{' '}
                <span className="font-normal text-slate-700">
                  · <time dateTime={comment.createdAt}>{formatDate(comment.createdAt, locale)}</time>
                </span>
              </p>
              <p className="mt-2 whitespace-pre-line">{comment.body}</p>
            </Card>
          ))}
        </ol>
      ) : (
        <p className="mt-2">{t('noComments')}</p>
      )}
      <h3 className="mt-8 text-xl font-bold">{t('commentFormTitle')}</h3>
      <p className="mt-1 text-slate-700">{t('commentFormIntro')}</p>
      <div className="mt-4 max-w-xl">
        <ActionForm
          action={commentAction.bind(null, locale, articleId)}
          labels={labels}
          submitLabel={t('commentSubmit')}
          idPrefix="comment"
          fields={[
            { kind: 'input', name: 'name', label: t('commentName'), required: true, autoComplete: 'name' },
            {
              kind: 'input',
              name: 'email',
              type: 'email',
              label: t('commentEmail'),
              hint: t('commentEmailHint'),
              required: true,
              autoComplete: 'email',
              inputMode: 'email',
            },
            { kind: 'textarea', name: 'body', label: t('commentBody'), required: true },
            { kind: 'honeypot', name: honeypotName, label: t('honeypot') },
          ]}
        />
      </div>
    </section>
  )
}
