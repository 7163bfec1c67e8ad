/** The error shown next to a question's field when the learner checks without answering. */
export function MissingAnswer({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} role="alert" className="mt-2 font-semibold text-red-800">
      {message}
    </p>
  )
}
