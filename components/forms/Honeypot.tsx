/**
 * A trap for spam robots: a text field moved off screen and hidden from assistive technologies, which
 * people never fill and robots do (lib/forms/spam.ts checks it). No hooks: usable in server and client forms.
 */
export function Honeypot({ name, label }: { name: string; label: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label>
        {label}
        <input type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  )
}
