import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const back = request.headers.get('referer')
  return NextResponse.redirect(
    back && new URL(back).origin === request.nextUrl.origin ? back : new URL('/', request.url),
  )
}
