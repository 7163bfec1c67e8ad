/** The largest file a proposal may carry: said on the form; the proposal page's action accepts a little more. */
export const proposalFileMaxBytes = 8 * 1024 * 1024

/**
 * What a proposed file may be, by the type its bytes show (file-type reads the signature, and the archive's
 * contents for office formats): PDF, images, Office Open XML and OpenDocument. Never the name or the
 * browser's claim, which anyone can change.
 */
export const proposalFileTypes: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
}
