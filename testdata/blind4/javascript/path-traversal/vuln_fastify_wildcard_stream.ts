import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const THEMES_DIR = '/opt/shop/themes';

export default async function themeAssets(app: FastifyInstance) {
  app.get<{ Params: { theme: string; '*': string } }>('/themes/:theme/*', async (request, reply) => {
    const file = path.join(THEMES_DIR, request.params.theme, request.params['*']);
    reply.header('cache-control', 'public, max-age=600');
    return reply.send(fs.createReadStream(file)); // LABEL: CWE-22
  });
}
