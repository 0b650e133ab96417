// Redirects written by hand: the Location header of a 302.
const http = require('http');
const { URL } = require('url');

http.createServer((req, res) => {
  const params = new URL(req.url, 'http://localhost').searchParams;
  res.writeHead(302, { Location: params.get('return_to') }); // vigil:expect VGL-JS-REDIR-001
  res.end();
}).listen(8080);

function back(req, res) {
  res.statusCode = 303;
  res.setHeader('Location', req.query.back); // vigil:expect VGL-JS-REDIR-001
  res.end();
}

function koaBack(ctx) {
  ctx.status = 302;
  ctx.set('Location', ctx.query.next); // vigil:expect VGL-JS-REDIR-001
}

module.exports = { back, koaBack };
