import { RichText } from '@/components/richtext/RichText'
import type { Locale } from '@/i18n/locales'
import { fallbackLangUnder } from '@/lib/i18n/translationGaps'
import { getPathname } from '@/i18n/pathnames'
import { populated } from '@/lib/catalogue/page'
import { lexicalToPlainText } from '@/lib/formation/plainText'
import { isSimulatedTask } from '@/lib/formation/simulated'
import type { CommunityResource, Formation, Media, Module } from '@/payload-types'

import type { LearnMoreLink, PlayerStep } from './types'

/** One block of `formations.steps`, as Payload returns it. */
type FormationStepData = Formation['steps'][number]
type LearnMore = NonNullable<FormationStepData['learnMore']>

/**
 * "Pour en savoir plus" links, from the related documents populated with the formation (depth 2 from the
 * module). Unpublished modules and unapproved resources are left out: the module is read past access rules.
 */
function learnMoreLinks(relations: LearnMore | null | undefined, locale: Locale): LearnMoreLink[] {
  return (relations ?? []).flatMap((relation): LearnMoreLink[] => {
    if (relation.relationTo === 'modules') {
      const target = populated<Module>(relation.value)
      if (!target || target._status !== 'published') return []
      const href = getPathname({ href: { pathname: '/modules/[slug]', params: { slug: target.slug } }, locale })
      return [{ label: target.title, href, external: false }]
    }
    const resource = populated<CommunityResource>(relation.value)
    if (!resource || resource.moderationStatus !== 'approved') return []
    const file = populated<Media>(resource.file)
    const href = resource.url || file?.url || getPathname({ href: '/ressources-communaute', locale })
    return [{ label: resource.title, href, external: Boolean(resource.url) }]
  })
}

/** The text read aloud: every line the learner sees, in reading order. */
const speech = (...lines: (string | null | undefined)[]) =>
  lines
    .map((line) => line?.trim())
    .filter(Boolean)
    .join('\n')

/** Turn the formation's blocks into player steps; unknown kinds are skipped, never a crash. */
export function toPlayerSteps(
  formation: { steps: readonly FormationStepData[]; translationGaps?: unknown },
  locale: Locale,
): PlayerStep[] {
  return formation.steps.flatMap((block, index): PlayerStep[] => {
    const id = block.id ?? String(index)
    const common = {
      id,
      hint: block.hint ?? '',
      learnMore: learnMoreLinks(block.learnMore, locale),
      lang: fallbackLangUnder(formation, locale, `steps.${id}.`),
    }
    switch (block.blockType) {
      case 'content': {
        const image = populated<Media>(block.image)
        const video = populated<Media>(block.video)
        const captions = populated<Media>(block.captions)
        return [
          {
            ...common,
            kind: 'content',
            title: block.title,
            body: <RichText data={block.body} />,
            speech: speech(block.title, lexicalToPlainText(block.body)),
            image: image?.url ? { url: image.url, alt: image.alt } : null,
            video: video?.url
              ? { url: video.url, type: video.mimeType ?? 'video/mp4', captionsUrl: captions?.url ?? null }
              : null,
          },
        ]
      }
      case 'choice': {
        const options = block.options.map((option, i) => ({
          id: option.id ?? String(i),
          label: option.label,
          correct: Boolean(option.correct),
          feedback: option.feedback ?? '',
        }))
        return [
          {
            ...common,
            kind: 'choice',
            question: block.question,
            multiple: Boolean(block.multiple),
            options,
            explanation: block.explanation ?? '',
            speech: speech(block.question, ...options.map((o) => o.label)),
          },
        ]
      }
      case 'hotspot': {
        const image = populated<Media>(block.image)
        if (!image?.url) return []
        return [
          {
            ...common,
            kind: 'hotspot',
            question: block.question,
            image: { url: image.url, alt: image.alt, width: image.width ?? null, height: image.height ?? null },
            zone: block.zone,
            correctFeedback: block.correctFeedback ?? '',
            wrongFeedback: block.wrongFeedback ?? '',
            speech: speech(block.question, image.alt),
          },
        ]
      }
      case 'typeText': {
        const answers = block.answers.map((a) => a.text?.trim() ?? '').filter(Boolean)
        if (!answers.length) return []
        return [
          {
            ...common,
            kind: 'typeText',
            question: block.question,
            answers,
            formatHint: block.formatHint ?? '',
            explanation: block.explanation ?? '',
            speech: speech(block.question, block.formatHint),
          },
        ]
      }
      case 'order': {
        const items = block.items.map((item, i) => ({ id: item.id ?? String(i), label: item.text }))
        return [
          {
            ...common,
            kind: 'order',
            instruction: block.instruction,
            items,
            explanation: block.explanation ?? '',
            // The items are added by the player, in the order the learner has them now.
            speech: speech(block.instruction),
          },
        ]
      }
      case 'simulated':
        if (!isSimulatedTask(block.task)) return []
        return [
          {
            ...common,
            kind: 'simulated',
            instruction: block.instruction,
            task: block.task,
            explanation: block.explanation ?? '',
            speech: speech(block.instruction),
          },
        ]
      default:
        return []
    }
  })
}
