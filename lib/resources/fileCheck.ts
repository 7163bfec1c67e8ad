import { fileTypeFromBuffer } from 'file-type'

import { proposalFileMaxBytes, proposalFileTypes } from './fileTypes'

export { proposalFileMaxBytes, proposalFileTypes }

export type FileCheck = { ok: true; mime: string; name: string } | { ok: false; error: 'fileType' | 'fileTooLarge' }

/** The file's name with the extension of what it really is ("guide.PDF" holding a PNG becomes "guide.png"). */
export function renamedFor(name: string, extension: string): string {
  const base =
    (name.split(/[\\/]/).pop() ?? '')
      .replace(/\.[^.]*$/, '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'ressource'
  return `${base}.${extension}`
}

/** Checks a proposed file from its content: its real type (or why it is refused) and a safe name. */
export async function checkProposalFile(bytes: Uint8Array, name: string): Promise<FileCheck> {
  if (bytes.byteLength > proposalFileMaxBytes) return { ok: false, error: 'fileTooLarge' }
  const detected = await fileTypeFromBuffer(bytes)
  const extension = detected ? proposalFileTypes[detected.mime] : undefined
  if (!detected || !extension) return { ok: false, error: 'fileType' }
  return { ok: true, mime: detected.mime, name: renamedFor(name, extension) }
}
