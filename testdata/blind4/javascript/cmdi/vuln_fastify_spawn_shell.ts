import * as cp from 'child_process';
import type { FastifyInstance } from 'fastify';

interface LogQuery {
  service: string;
  lines?: string;
}

export default async function logsRoutes(app: FastifyInstance) {
  app.get<{ Querystring: LogQuery }>('/ops/logs', async (request, reply) => {
    const { service, lines = '200' } = request.query;
    const child = cp.spawn(`journalctl -u ${service} -n ${lines} --no-pager`, { shell: true }); // LABEL: CWE-78
    let output = '';
    for await (const chunk of child.stdout) {
      output += chunk;
    }
    reply.type('text/plain').send(output);
  });
}
