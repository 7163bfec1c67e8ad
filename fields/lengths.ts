/**
 * The longest text each kind of field accepts, in characters: the collections' `maxLength` and the site's forms
 * read the same value, so a write through REST, the admin or a form is refused at the same length (issue 13).
 * Payload stores text unbounded (SQLite TEXT, MongoDB string); these bounds keep one request from filling the
 * database, a page, an export or an e-mail with megabytes. Rich text (Lexical JSON) is not bounded here.
 * Raising a bound is always safe; lowering one makes existing longer values fail on their next save.
 */
export const lengths = {
  /** A member's or a learner's name or pseudonym, shown in the aidants' lists and on one line of a phone. */
  personName: 60,
  /** Any other name: a staff account, a visitor on the contact or event forms, a structure, an author. Long
   * official names of organisations ("Centre public d'action sociale de …") fit. */
  name: 150,
  /** Titles, subjects, headings and FAQ questions: one line, at most two on a phone. */
  title: 200,
  /** A slug: lib/text/slugify.ts cuts at 96 characters. */
  slug: 100,
  /** One or two sentences: a formation step's question, instruction or answer, a list item, an address, a
   * place, an alternative text, an article's excerpt. */
  shortText: 300,
  /** What search engines show under a result: longer is cut. */
  seoDescription: 160,
  /** Summaries, introductions, descriptions, hints and feedback: a paragraph or two on a card or a step. */
  summary: 1_000,
  /** What a visitor writes to us or under a video (contact, comments): room for a real question, still readable
   * and moderable. */
  message: 5_000,
  /** Long editorial or imported plain text (a newsletter's introduction, a structure's presentation). */
  longText: 10_000,
  /** A web address: the longest most browsers, servers and proxies reliably handle. */
  url: 2_048,
  /** An e-mail address: the longest a mail server accepts (RFC 5321 path), as lib/members/validation.ts checks. */
  email: 254,
  /** A sign-in name (lib/members/validation.ts: a letter or digit, then 2 to 29 of `a-z0-9._-`). */
  username: 30,
  /** Short codes typed or minted: anonymous person codes, workshop and result codes, postcodes, phone numbers,
   * times, enterprise numbers, languages. */
  code: 40,
  /** Keys and identifiers the server makes (progress keys, token hashes, submission ids, error messages). */
  key: 300,
} as const
