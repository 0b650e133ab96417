import type { NextApiRequest, NextApiResponse } from 'next';
import { getSession } from '../../lib/session';

const APP_ORIGIN = process.env.APP_ORIGIN ?? 'https://app.example.com';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req, res);
  session.destroy();
  let target = new URL('/', APP_ORIGIN);
  try {
    const candidate = new URL(String(req.query.to ?? '/'), APP_ORIGIN);
    if (candidate.origin === APP_ORIGIN) {
      target = candidate;
    }
  } catch {
    // keep the home page
  }
  res.redirect(307, target.pathname + target.search);
}
