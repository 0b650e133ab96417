import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const destination = Array.isArray(req.query.to) ? req.query.to[0] : req.query.to;
  res.redirect(302, destination || '/'); // LABEL: CWE-601
}
