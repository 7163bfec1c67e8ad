/** The cookie that binds a workshop participant to their browser (lib/workshops/session.ts signs it). */
export const participantCookie = 'digit_atelier'
