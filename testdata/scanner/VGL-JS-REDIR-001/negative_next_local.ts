import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

// The target is the app's own login page; the user's value only travels in its query.
export function middleware(request: NextRequest) {
  const from = request.nextUrl.searchParams.get('from') ?? '/';
  const login = new URL('/login', request.url);
  login.search = new URLSearchParams({ from }).toString();
  return NextResponse.redirect(login);
}
