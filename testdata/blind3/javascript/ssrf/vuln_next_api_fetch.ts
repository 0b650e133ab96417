import type { NextApiRequest, NextApiResponse } from 'next';

type Meta = { status: number; type: string | null; size: number };

export default async function handler(req: NextApiRequest, res: NextApiResponse<Meta | { error: string }>) {
  const target = req.headers['x-check-url'];
  if (typeof target !== 'string' || target.length === 0) {
    res.status(400).json({ error: 'missing url' });
    return;
  }
  const upstream = await fetch(target, { method: 'GET', redirect: 'follow' }); // LABEL: CWE-918
  const body = await upstream.arrayBuffer();
  res.status(200).json({
    status: upstream.status,
    type: upstream.headers.get('content-type'),
    size: body.byteLength,
  });
}
