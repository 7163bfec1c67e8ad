import { getFormatter, getTranslations } from 'next-intl/server'

import type { PasswordGrantView } from '@/lib/members/passwordGrants'

/** For référents: the temporary passwords the structure's aidants gave to learners, newest first. */
export async function PasswordGrantLog({ grants }: { grants: PasswordGrantView[] }) {
  const [t, format] = await Promise.all([getTranslations('structure'), getFormatter()])
  return (
    <section aria-labelledby="password-grants" className="mt-10">
      <h2 id="password-grants" className="text-2xl font-bold">
        {t('grantsTitle')}
      </h2>
      <p className="mt-2 text-lg text-slate-700">{t('grantsIntro')}</p>
      {grants.length ? (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {grants.map((grant) => (
            <li key={grant.id} className="p-3 text-lg">
              {t('grantsItem', {
                date: format.dateTime(new Date(grant.createdAt), {
                  dateStyle: 'long',
                  timeStyle: 'short',
                  timeZone: 'Europe/Brussels',
                }),
                aidant: grant.givenByName,
                learner: grant.learnerName || t('grantsDeletedLearner'),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-lg text-slate-700">{t('grantsEmpty')}</p>
      )}
    </section>
  )
}
