const http = require('http');
const url = require('url');

// A raw Node server echoing the request URL's query into an HTML page.
http.createServer(function (req, res) {
  const q = url.parse(req.url, true).query;
  if (req.url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<h1>Home</h1>');
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/html' });
  res.end('<p>Not found: ' + q.page + '</p>'); // vigil:expect VGL-JS-XSS-001
}).listen(8080);

http.createServer((request, response) => {
  const u = new URL(request.url, 'http://localhost');
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/html');
  response.end(`<p>No page ${u.searchParams.get('p')}</p>`); // vigil:expect VGL-JS-XSS-001
}).listen(8081);
