import type { Payload } from 'payload'

import { illustration } from './illustration'
import { paragraphs } from './lexical'
import { type Lang, pick } from './localize'
import { mailboxScreen } from './screens'
import type { SeedFormationStep, SeedModule } from './types'

/** The uploaded pictures of a module's steps, by step index: one per language (the same id when shared). */
export type StepImages = Map<number, Record<Lang, number>>

const palette: [string, string, string] = ['#1e3a8a', '#dbeafe', '#f59e0b']

/**
 * A picture of the seed, found by its file name: Payload renames a file whose name is already on disk
 * (x-1.png), hence "like". Created once, so the seed stays idempotent.
 */
async function upload(payload: Payload, name: string, alt: { fr: string; nl: string }, draw: () => Promise<Buffer>) {
  const existing = await payload.find({
    collection: 'media',
    where: { filename: { like: name } },
    limit: 1,
    depth: 0,
  })
  if (existing.docs[0]) return existing.docs[0].id
  const data = await draw()
  const created = await payload.create({
    collection: 'media',
    locale: 'fr',
    data: { alt: alt.fr },
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
  })
  await payload.update({ collection: 'media', id: created.id, locale: 'nl', data: { alt: alt.nl } })
  return created.id
}

/** Uploads the pictures the module's formation steps ask for. */
export async function seedStepImages(payload: Payload, m: SeedModule): Promise<StepImages> {
  const images: StepImages = new Map()
  for (const [index, step] of m.formation.steps.entries()) {
    if (step.kind === 'content' && step.image) {
      const { illustration: seed, alt } = step.image
      const id = await upload(payload, `formation-${seed}`, alt, () => illustration(seed, palette))
      images.set(index, { fr: id, nl: id })
    }
    if (step.kind === 'hotspot') {
      const { screen, alt } = step.image
      const draw = (lang: Lang) => () => mailboxScreen(lang)
      images.set(index, {
        fr: await upload(payload, `formation-screen-${screen}-fr`, alt, draw('fr')),
        nl: await upload(payload, `formation-screen-${screen}-nl`, alt, draw('nl')),
      })
    }
  }
  return images
}

/** Module slugs of every "Pour en savoir plus" of the module's steps. */
export const learnMoreSlugs = (m: SeedModule) => m.formation.steps.flatMap((step) => step.learnMore ?? [])

function stepFields(step: SeedFormationStep, lang: Lang, image: number | undefined) {
  switch (step.kind) {
    case 'content':
      return { blockType: 'content', title: pick(step.title, lang), body: paragraphs(pick(step.body, lang)), image }
    case 'choice':
      return {
        blockType: 'choice',
        question: pick(step.question, lang),
        multiple: step.multiple,
        options: step.options.map((o) => ({
          label: pick(o.label, lang),
          correct: o.correct,
          feedback: pick(o.feedback, lang),
        })),
        explanation: pick(step.explanation, lang),
      }
    case 'hotspot':
      return {
        blockType: 'hotspot',
        question: pick(step.question, lang),
        image,
        zone: step.zone,
        correctFeedback: pick(step.correctFeedback, lang),
        wrongFeedback: pick(step.wrongFeedback, lang),
      }
    case 'typeText': {
      // Rows are shared by both languages (blocks/formation/TypeTextStep.ts): as many as the longer list.
      const rows = Math.max(step.answers.fr.length, step.answers.nl.length)
      return {
        blockType: 'typeText',
        question: pick(step.question, lang),
        answers: Array.from({ length: rows }, (_, i) => ({ text: step.answers[lang][i] ?? '' })),
        formatHint: step.formatHint ? pick(step.formatHint, lang) : undefined,
        explanation: pick(step.explanation, lang),
      }
    }
    case 'order':
      return {
        blockType: 'order',
        instruction: pick(step.instruction, lang),
        items: step.items[lang].map((text) => ({ text })),
        explanation: pick(step.explanation, lang),
      }
    case 'simulated':
      return {
        blockType: 'simulated',
        instruction: pick(step.instruction, lang),
        task: step.task,
        explanation: pick(step.explanation, lang),
      }
  }
}

/**
 * The `steps` blocks of a formation in one language. "Pour en savoir plus" slugs are resolved with the modules
 * seeded so far; the catalogue seeds the formation again once every module exists (seed/catalogue.ts).
 */
export function formationSteps(m: SeedModule, lang: Lang, images: StepImages, moduleIds: Map<string, number>) {
  return m.formation.steps.map((step, index) => ({
    ...stepFields(step, lang, images.get(index)?.[lang]),
    hint: step.hint ? pick(step.hint, lang) : undefined,
    learnMore: (step.learnMore ?? [])
      .map((slug) => moduleIds.get(slug))
      .filter((id) => id !== undefined)
      .map((value) => ({ relationTo: 'modules', value })),
  }))
}
