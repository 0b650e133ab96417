import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const callback = request.nextUrl.searchParams.get('callbackUrl');
  if (callback && !request.cookies.get('session')) {
    return NextResponse.redirect(new URL(callback, request.url)); // vigil:expect VGL-JS-REDIR-001
  }
  return NextResponse.next();
}
