'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

import { isLearnerPath } from './learnerRoutes'

/**
 * Picks the header from the address alone. The locale layout must not read cookies or headers (that would make
 * every cached public page dynamic, ADR 6 and 18), and moving the learner pages into a route group would move
 * every site page with them: so both headers are rendered by the server and this switch, which runs during the
 * server render too, keeps one. The HTML is right before hydration and follows client-side navigations.
 */
export function HeaderSwitch({ site, learner }: { site: ReactNode; learner: ReactNode }) {
  return isLearnerPath(usePathname()) ? learner : site
}
