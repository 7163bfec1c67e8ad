/**
 * Words that fit the device in hand: "touchez" on a touch screen, "cliquez" with a mouse. Both are in the
 * server's HTML and CSS shows one (`.touch-only` / `.mouse-only` in globals.css, on the primary pointer), so the
 * page is right before any JavaScript runs and hidden words are not read by screen readers either.
 */
export function DeviceText({ touch, mouse }: { touch: string; mouse: string }) {
  if (touch === mouse) return <>{mouse}</>
  return (
    <>
      <span className="touch-only">{touch}</span>
      <span className="mouse-only">{mouse}</span>
    </>
  )
}
