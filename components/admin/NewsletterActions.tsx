'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const texts = {
  fr: {
    save: 'Enregistrez la newsletter pour pouvoir l’envoyer.',
    test: 'M’envoyer un test',
    send: 'Envoyer aux abonnés',
    confirm: 'Envoyer cette newsletter à tous les abonnés confirmés de cette langue ? Cela ne peut pas être annulé.',
    testSent: 'Test envoyé à',
    started: 'Envoi lancé. Rechargez la page pour suivre le nombre d’e-mails envoyés.',
    failed: 'Échec :',
  },
  nl: {
    save: 'Bewaar de nieuwsbrief om ze te kunnen versturen.',
    test: 'Stuur mij een test',
    send: 'Versturen naar de abonnees',
    confirm: 'Deze nieuwsbrief naar alle bevestigde abonnees van deze taal sturen? Dit kan niet ongedaan worden.',
    testSent: 'Test verstuurd naar',
    started: 'Verzending gestart. Herlaad de pagina om het aantal verstuurde e-mails te volgen.',
    failed: 'Mislukt:',
  },
}

/** The newsletter's two buttons in /admin: a test to oneself, then the real sending. */
export function NewsletterActions() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = texts[i18n.language === 'nl' ? 'nl' : 'fr']
  const [message, setMessage] = useState('')
  if (!id) return <p>{t.save}</p>

  const call = async (action: 'test' | 'send') => {
    if (action === 'send' && !window.confirm(t.confirm)) return
    const response = await fetch(`/api/newsletters/${id}/${action}`, { method: 'POST', credentials: 'include' })
    const body = (await response.json()) as { to?: string; error?: string }
    setMessage(
      response.ok
        ? action === 'test'
          ? `${t.testSent} ${body.to}`
          : t.started
        : `${t.failed} ${body.error ?? response.status}`,
    )
  }

  return (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" onClick={() => void call('test')}>
        {t.test}
      </Button>
      <Button onClick={() => void call('send')}>{t.send}</Button>
      <p role="status">{message}</p>
    </div>
  )
}
