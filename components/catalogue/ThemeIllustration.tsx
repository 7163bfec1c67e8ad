/** Simple drawings made for 123Digit, one per theme; decorative, so hidden from screen readers. */
const drawings: Record<string, string> = {
  'premiers-pas': 'M16 8h32a4 4 0 0 1 4 4v28H12V12a4 4 0 0 1 4-4zm-8 36h48l-4 8H12z',
  internet:
    'M32 6a26 26 0 1 0 0 52 26 26 0 0 0 0-52zm0 4c4 4 7 11 7.6 18H24.4C25 21 28 14 32 10zm-8.6 22h17.2c-.6 8-3.6 15-8.6 19-5-4-8-11-8.6-19z',
  'email-messagerie': 'M8 14h48v36H8zm4 4v2l20 14 20-14v-2zm0 7v21h40V25L32 39z',
  'demarches-en-ligne': 'M14 6h26l10 10v42H14zm24 2v10h10M20 28h24v4H20zm0 8h24v4H20zm0 8h16v4H20z',
  emploi: 'M24 12h16v6h14v32H10V18h14zm4 2v4h8v-4zM14 30h36v4H14z',
  'securite-vie-privee': 'M32 6l20 8v14c0 14-9 24-20 30-11-6-20-16-20-30V14zm-3 34l15-15-3-3-12 12-6-6-3 3z',
  'sante-en-ligne': 'M26 10h12v16h16v12H38v16H26V38H10V26h16z',
  'banque-paiements': 'M6 18h52v30H6zm0 6v6h52v-6zm6 14h14v4H12z',
}

export function ThemeIllustration({ slug, className = '' }: { slug?: string; className?: string }) {
  const path = (slug && drawings[slug]) || drawings['premiers-pas']
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" className={`rounded-xl bg-brand-50 p-2 ${className}`}>
      <path d={path} className="fill-brand-700" fillRule="evenodd" />
    </svg>
  )
}
