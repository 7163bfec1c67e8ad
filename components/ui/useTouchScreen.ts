import { useSyncExternalStore } from 'react'

const coarse = '(pointer: coarse)'
function subscribe(onChange: () => void) {
  const query = window.matchMedia(coarse)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** The same choice in the browser, for words that are not shown but spoken (read aloud). */
export function useTouchScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(coarse).matches,
    () => false,
  )
}
