/** The cookie that binds a workshop participant to their browser (lib/workshops/session.ts signs it). */
export const participantCookie = 'digit_atelier'
/** Readable by the page's JavaScript: the participant's name, to greet them (never a proof of anything). */
export const participantHintCookie = 'digit_learner'
