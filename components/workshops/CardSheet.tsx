import type { ReactNode } from 'react'

import type { CardView } from '@/lib/workshops/cardView'

import { ProgressCard } from './ProgressCard'

/** Four cards fill one A4 sheet (2 × 2, no page margin): the aidant prints and cuts them. */
const perSheet = 4

/**
 * Cards to print: on screen one under the other (two side by side on a wide screen); on paper A4 sheets of
 * four cards each, a new sheet every four. `after` adds what goes under a card on screen only (its buttons).
 */
export function CardSheet({ cards, after }: { cards: CardView[]; after?: (card: CardView) => ReactNode }) {
  const sheets = Array.from({ length: Math.ceil(cards.length / perSheet) }, (_, i) =>
    cards.slice(i * perSheet, (i + 1) * perSheet),
  )
  return (
    <>
      {/* Only while cards are on the page: the cut lines sit on the sheet's edges. */}
      <style>{'@page { size: A4; margin: 0; }'}</style>
      {sheets.map((sheet, i) => (
        <div
          key={i}
          className="mt-6 grid gap-6 sm:grid-cols-2 print:mt-0 print:grid-cols-[105mm_105mm] print:grid-rows-[148mm_148mm] print:gap-0 print:break-after-page print:last:break-after-auto"
        >
          {sheet.map((card) => (
            <div key={card.participant}>
              <ProgressCard card={card} />
              {after ? <div className="mt-2 flex flex-wrap gap-2 print:hidden">{after(card)}</div> : null}
            </div>
          ))}
        </div>
      ))}
    </>
  )
}
