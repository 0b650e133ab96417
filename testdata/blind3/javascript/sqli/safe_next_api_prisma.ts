import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const tag = String(req.query.tag ?? '');
  const limit = Math.min(Number.parseInt(String(req.query.limit ?? '20'), 10) || 20, 100);
  const posts = await prisma.$queryRaw`
    SELECT p.id, p.title FROM posts p
    JOIN post_tags t ON t.post_id = p.id
    WHERE t.tag = ${tag}
    ORDER BY p.created_at DESC
    LIMIT ${limit}`;
  res.status(200).json(posts);
}
