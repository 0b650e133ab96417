import type { NextApiRequest, NextApiResponse } from 'next';
import { readFileSync } from 'fs';
import { join } from 'path';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { slug } = req.query;
  const file = join(process.cwd(), 'content', 'invoices', `${slug}.pdf`);
  const data = readFileSync(file); // LABEL: CWE-22
  res.setHeader('Content-Type', 'application/pdf');
  res.send(data);
}
