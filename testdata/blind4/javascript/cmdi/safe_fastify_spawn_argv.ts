import * as cp from 'child_process';
import type { FastifyInstance } from 'fastify';

interface LogQuery {
  service: string;
  lines?: string;
}

const SERVICES = new Set(['api', 'worker', 'scheduler', 'nginx']);

export default async function logsRoutes(app: FastifyInstance) {
  app.get<{ Querystring: LogQuery }>('/ops/logs', async (request, reply) => {
    const { service } = request.query;
    const lines = Math.min(Math.max(parseInt(request.query.lines ?? '200', 10) || 200, 1), 5000);
    if (!SERVICES.has(service)) {
      return reply.code(400).send({ error: 'unknown service' });
    }
    const child = cp.spawn('journalctl', ['-u', service, '-n', String(lines), '--no-pager']);
    let output = '';
    for await (const chunk of child.stdout) {
      output += chunk;
    }
    reply.type('text/plain').send(output);
  });
}
