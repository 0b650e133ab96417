import type { NextApiRequest, NextApiResponse } from 'next';

// Reports the size and type of a remote image before the user attaches it.
export default async function imageProbe(req: NextApiRequest, res: NextApiResponse) {
  const src = req.query.src as string;
  const upstream = await fetch(src, { method: 'HEAD' }); // LABEL: CWE-918
  res.status(200).json({
    ok: upstream.ok,
    type: upstream.headers.get('content-type'),
    bytes: Number(upstream.headers.get('content-length') ?? 0),
  });
}
