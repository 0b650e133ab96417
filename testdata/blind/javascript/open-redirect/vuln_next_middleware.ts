import { NextRequest, NextResponse } from 'next/server';

// Sends signed-out visitors to the login page, and signed-in ones back where they were going.
export function middleware(req: NextRequest) {
  const signedIn = req.cookies.has('session');
  if (signedIn && req.nextUrl.pathname === '/login') {
    const back = req.nextUrl.searchParams.get('back') ?? '/';
    return NextResponse.redirect(new URL(back, req.url)); // LABEL: CWE-601
  }
  return NextResponse.next();
}

export const config = { matcher: ['/login'] };
