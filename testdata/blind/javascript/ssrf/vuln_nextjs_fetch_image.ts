import type { NextApiRequest, NextApiResponse } from 'next';

export default async function imageProxy(req: NextApiRequest, res: NextApiResponse) {
  const src = req.query.src as string;
  const upstream = await fetch(src); // LABEL: CWE-918
  const buf = Buffer.from(await upstream.arrayBuffer());
  res.setHeader('Content-Type', upstream.headers.get('content-type') ?? 'application/octet-stream');
  res.send(buf);
}
