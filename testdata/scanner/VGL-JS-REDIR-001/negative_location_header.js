// Location headers with fixed targets; request data only in other headers.
const http = require('http');

http.createServer((req, res) => {
  res.writeHead(301, { Location: '/new-home', 'X-Request-Path': req.url });
  res.end();
}).listen(8081);

function legacy(req, res) {
  res.setHeader('X-Trace', req.query.trace);
  res.setHeader('Location', '/login');
  res.statusCode = 302;
  res.end();
}

module.exports = { legacy };
