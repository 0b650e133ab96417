const fs = require('fs/promises');
const path = require('path');

const THEMES_DIR = '/opt/shop/themes';

module.exports = async function themeAssets(fastify) {
  const root = await fs.realpath(THEMES_DIR);
  fastify.get('/themes/:theme/*', async (request, reply) => {
    let file;
    try {
      file = await fs.realpath(path.join(root, request.params.theme, request.params['*']));
    } catch {
      return reply.code(404).send();
    }
    if (!file.startsWith(root + path.sep)) {
      return reply.code(403).send();
    }
    reply.header('cache-control', 'public, max-age=600');
    return reply.send(await fs.readFile(file));
  });
};
