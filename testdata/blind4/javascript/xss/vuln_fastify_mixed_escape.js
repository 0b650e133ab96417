const escapeHtml = require('escape-html');

function renderBadge(member) {
  const parts = [];
  parts.push('<div class="badge">');
  parts.push(`<strong>${escapeHtml(member.name)}</strong>`);
  parts.push(`<span class="role">${member.role}</span>`);
  parts.push('</div>');
  return parts.join('');
}

module.exports = async function badgeRoutes(fastify) {
  fastify.post('/badges/preview', async (request, reply) => {
    const html = renderBadge({ name: request.body.name, role: request.body.role });
    return reply.type('text/html').send(html); // LABEL: CWE-79
  });
};
