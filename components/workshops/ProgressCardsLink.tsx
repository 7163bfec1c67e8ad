import { getTranslations } from 'next-intl/server'

import { LinkButton } from '@/components/ui/LinkButton'
import type { Actor } from '@/lib/usecases/types'
import { canManageWorkshop } from '@/lib/workshops/manageWorkshop'
import type { Workshop } from '@/payload-types'

/** On the follow-up, for those who run the workshop: the way to the participants' progress cards. */
export async function ProgressCardsLink({ workshop, member }: { workshop: Workshop; member: Actor }) {
  if (!canManageWorkshop(member, workshop)) return null
  const t = await getTranslations('progressCard')
  return (
    <LinkButton
      href={{ pathname: '/espace-aidant/ateliers/[id]/cartes', params: { id: String(workshop.id) } }}
      variant="secondary"
      size="lg"
    >
      {t('cardsCta')}
    </LinkButton>
  )
}
