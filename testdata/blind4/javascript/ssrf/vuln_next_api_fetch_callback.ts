import type { NextApiRequest, NextApiResponse } from 'next';

type ExportRequest = { reportId: string; callbackUrl: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const body = req.body as ExportRequest;
  const report = await buildReport(body.reportId);
  const delivery = await fetch(body.callbackUrl, { // LABEL: CWE-918
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  res.status(202).json({ delivered: delivery.ok });
}

async function buildReport(id: string) {
  return { id, generatedAt: new Date().toISOString() };
}
