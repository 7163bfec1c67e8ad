/**
 * Every simulated task gets `report`: true when done right, false for a wrong try (the player counts tries).
 * `expected`: the text to type, set by the diagnostic in the CMS for the screens that allow it
 * (lib/diagnostic/screens.ts); a formation's simulated step uses the screen's own example (messages).
 */
export type TaskProps = { report: (success: boolean) => void; expected?: string }

export const simButton =
  'min-h-12 rounded-lg border-2 border-slate-600 bg-white px-3 text-lg font-semibold hover:bg-slate-100 focus-visible:outline focus-visible:outline-4 focus-visible:outline-brand-700'
export const simInput = 'min-h-12 w-full rounded-lg border-2 border-slate-600 px-3 text-lg'
