import { RichText } from '@/components/richtext/RichText'
import { populated } from '@/lib/catalogue/page'
import type { Formation, Media } from '@/payload-types'

import type { PlayerStep } from './types'

/** Turn the formation's blocks into player steps; unknown kinds are skipped, never a crash. */
export function toPlayerSteps(formation: Formation): PlayerStep[] {
  return formation.steps.flatMap((block, index): PlayerStep[] => {
    const id = block.id ?? String(index)
    switch (block.blockType) {
      case 'content': {
        const image = populated<Media>(block.image)
        return [
          {
            id,
            kind: 'content',
            title: block.title,
            body: <RichText data={block.body} />,
            image: image?.url ? { url: image.url, alt: image.alt } : null,
          },
        ]
      }
      case 'choice':
        return [
          {
            id,
            kind: 'choice',
            question: block.question,
            multiple: Boolean(block.multiple),
            options: block.options.map((option, i) => ({
              id: option.id ?? String(i),
              label: option.label,
              correct: Boolean(option.correct),
              feedback: option.feedback ?? '',
            })),
            explanation: block.explanation ?? '',
          },
        ]
      default:
        return []
    }
  })
}
