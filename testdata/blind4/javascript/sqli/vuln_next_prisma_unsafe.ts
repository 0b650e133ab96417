import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const { tag } = req.query;
  const posts = await prisma.$queryRawUnsafe(`SELECT id, title FROM "Post" WHERE $1 = ANY(tags) OR category = '${tag}'`, tag); // LABEL: CWE-89
  res.status(200).json(posts);
}
