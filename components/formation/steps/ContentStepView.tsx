import type { ContentPlayerStep } from '../types'

export function ContentStepView({ step }: { step: ContentPlayerStep }) {
  return (
    <div className="space-y-4 text-lg">
      {step.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- uploaded illustration
        <img src={step.image.url} alt={step.image.alt} className="max-h-72 rounded-lg" />
      ) : null}
      {step.body}
    </div>
  )
}
