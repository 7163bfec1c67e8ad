import { describe, expect, it } from 'vitest'

import { actionBodyTooLarge, uploadActionBodyLimitBytes } from '@/lib/http/actionLimit'
import { checkProposalFile, proposalFileMaxBytes, renamedFor } from '@/lib/resources/fileCheck'
import { licenceUrl, proposableLicences } from '@/lib/resources/licences'
import { checkProposal, type ProposalInput } from '@/lib/resources/proposal'
import { minimalPdf, onePixelPng, textNamedPdf } from '@/tests/support/files'

const [pdf, png, text] = [minimalPdf, onePixelPng, textNamedPdf]

describe('a proposed file is checked from its content', () => {
  it('accepts a real PDF', async () => {
    expect(await checkProposalFile(pdf, 'guide.pdf')).toEqual({ ok: true, mime: 'application/pdf', name: 'guide.pdf' })
  })

  it('accepts a real PNG, named after what it is whatever its name says', async () => {
    expect(await checkProposalFile(png, 'Affiche été.PDF')).toEqual({
      ok: true,
      mime: 'image/png',
      name: 'Affiche-ete.png',
    })
  })

  it('refuses a text file renamed .pdf', async () => {
    expect(await checkProposalFile(text, 'faux.pdf')).toEqual({ ok: false, error: 'fileType' })
  })

  it('refuses an empty file and a file over the limit', async () => {
    expect(await checkProposalFile(new Uint8Array(0), 'vide.pdf')).toEqual({ ok: false, error: 'fileType' })
    const big = new Uint8Array(proposalFileMaxBytes + 1)
    big.set(pdf)
    expect(await checkProposalFile(big, 'gros.pdf')).toEqual({ ok: false, error: 'fileTooLarge' })
  })

  it('gives a safe file name', () => {
    expect(renamedFor('../../etc/passwd', 'pdf')).toBe('passwd.pdf')
    expect(renamedFor('.pdf', 'pdf')).toBe('ressource.pdf')
  })
})

const valid: ProposalInput = {
  title: 'Guide de la tablette',
  description: 'Pour les premiers pas.',
  theme: '1',
  level: '0',
  audience: '',
  licence: 'cc-by',
  url: 'https://www.exemple.be/guide',
  hasFile: false,
  attributePerson: true,
  attributeStructure: false,
}

describe('a proposal is checked field by field', () => {
  it('accepts a complete proposal with a link', () => {
    expect(checkProposal(valid, ['1', '2'], false)).toEqual({})
  })

  it('names each missing or wrong field', () => {
    const errors = checkProposal(
      { ...valid, title: '', description: '', theme: '9', level: '7', licence: 'gpl', url: '', attributePerson: false },
      ['1'],
      false,
    )
    expect(errors).toEqual({
      title: 'required',
      description: 'required',
      theme: 'required',
      level: 'required',
      licence: 'required',
      url: 'linkOrFile',
      attribution: 'attribution',
    })
  })

  it('wants a link or a file, not both, and only web addresses', () => {
    expect(checkProposal({ ...valid, hasFile: true }, ['1'], false).url).toBe('linkOrFileBoth')
    expect(checkProposal({ ...valid, url: 'javascript:alert(1)' }, ['1'], false).url).toBe('url')
    expect(checkProposal({ ...valid, url: '', hasFile: true }, ['1'], false)).toEqual({})
  })

  it('attributes to a structure only when the aidant has one', () => {
    expect(checkProposal({ ...valid, attributeStructure: true }, ['1'], false).attribution).toBe('notAllowed')
    expect(checkProposal({ ...valid, attributePerson: false, attributeStructure: true }, ['1'], true)).toEqual({})
  })

  it('offers the five licences of the issue, each with its text where one exists', () => {
    expect(proposableLicences).toEqual(['cc-by', 'cc-by-sa', 'cc-by-nc-sa', 'etalab-2.0', 'shared-with-permission'])
    expect(licenceUrl('cc-by-sa')).toBe('https://creativecommons.org/licenses/by-sa/4.0/')
    expect(licenceUrl('shared-with-permission')).toBeNull()
  })
})

describe('the size of an action body', () => {
  const post = (bytes: number) =>
    new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'next-action': 'abc', 'content-length': String(bytes) },
    })

  it('is 1 MB for every action, 9 MB only on the pages whose form carries a file', () => {
    expect(actionBodyTooLarge(post(2 * 1024 * 1024), '/fr/contact')).toBe(true)
    expect(actionBodyTooLarge(post(2 * 1024 * 1024), '/fr/espace-aidant/ressources/proposer')).toBe(false)
    expect(actionBodyTooLarge(post(2 * 1024 * 1024), '/nl/helpersruimte/bronnen/voorstellen')).toBe(false)
    expect(actionBodyTooLarge(post(uploadActionBodyLimitBytes + 1), '/fr/espace-aidant/ressources/proposer')).toBe(true)
    expect(uploadActionBodyLimitBytes).toBeGreaterThan(proposalFileMaxBytes)
  })
})
