/**
 * The names of the caches the service worker fills for learners (sw/sw.ts). Emptied when the learner leaves the
 * workshop on this device or signs out (lib/offline/clear.ts). The precache (the offline page, styles, icons)
 * holds nothing personal and stays.
 */
export const learnerCaches = {
  /** Learner pages: the learner space and formations, with the learner's progress in them. */
  pages: 'digit-learner-pages',
  /** Code chunks, styles, fonts and pictures those pages reference. */
  assets: 'digit-learner-assets',
} as const
