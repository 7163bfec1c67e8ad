import type { ContentPlayerStep } from '@/components/formation/types'

export function ContentStepView({ step }: { step: ContentPlayerStep }) {
  return (
    <div className="space-y-3 text-lg">
      {step.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- uploaded illustration
        <img src={step.image.url} alt={step.image.alt} className="h-auto max-h-48 max-w-full rounded-lg sm:max-h-72" />
      ) : null}
      {step.video ? (
        // Captions come with the video (the admin asks for them): deaf and hard-of-hearing learners follow too.
        <video controls preload="metadata" className="w-full rounded-lg bg-black">
          <source src={step.video.url} type={step.video.type} />
          {step.video.captionsUrl ? <track kind="captions" src={step.video.captionsUrl} default /> : null}
        </video>
      ) : null}
      {step.body}
    </div>
  )
}
