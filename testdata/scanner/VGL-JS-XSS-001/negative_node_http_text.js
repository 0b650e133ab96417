const http = require('http');
const url = require('url');

// The URL echoed as plain text or JSON, or only logged.
http.createServer(function (req, res) {
  const q = url.parse(req.url, true).query;
  console.log('request for ' + req.url);
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found: ' + q.page);
}).listen(8080);

http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ path: req.url }));
}).listen(8081);
