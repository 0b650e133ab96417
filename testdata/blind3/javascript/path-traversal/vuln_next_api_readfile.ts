import { promises as fs } from 'fs';
import path from 'path';
import type { NextApiRequest, NextApiResponse } from 'next';

const CONTENT_DIR = path.join(process.cwd(), 'content', 'docs');

async function loadDoc(slug: string): Promise<string> {
  const file = path.join(CONTENT_DIR, `${slug}.md`);
  return fs.readFile(file, 'utf8'); // LABEL: CWE-22
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = String(req.query.slug ?? 'index');
  try {
    const markdown = await loadDoc(slug);
    res.status(200).json({ slug, markdown });
  } catch {
    res.status(404).json({ error: 'not found' });
  }
}
