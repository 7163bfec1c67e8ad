'use client'

import { useEffect } from 'react'

import { loadSimulatedStepView } from './kinds'
import type { PlayerStep } from './types'

/** The pictures of a formation's steps, in order. */
export function stepPictures(steps: PlayerStep[]): string[] {
  return steps.flatMap((step) =>
    (step.kind === 'content' || step.kind === 'hotspot') && step.image ? [step.image.url] : [],
  )
}

/**
 * Fetches, as soon as the formation opens, everything its later steps need: their pictures and the code of the
 * simulated screens (loaded lazily to keep the player small). A connection lost at step 2 then never shows a
 * broken picture or a "page couldn't load" at step 4; the service worker keeps them for the next visits too.
 */
export function usePreloadSteps(steps: PlayerStep[]): void {
  useEffect(() => {
    for (const url of stepPictures(steps)) {
      const picture = new Image()
      picture.decoding = 'async'
      picture.src = url
    }
    if (steps.some((step) => step.kind === 'simulated')) void loadSimulatedStepView().catch(() => undefined)
  }, [steps])
}
