import type { NextApiRequest, NextApiResponse } from 'next';

const TARGETS: Record<string, string> = {
  docs: '/docs',
  billing: '/settings/billing',
  home: '/',
};

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = String(req.query.to ?? 'home');
  const destination = Object.prototype.hasOwnProperty.call(TARGETS, key) ? TARGETS[key] : '/';
  res.redirect(302, destination);
}
