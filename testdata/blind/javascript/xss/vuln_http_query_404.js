const http = require('http');

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const from = url.searchParams.get('from') || 'unknown';
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<p>Not found. You came from ' + from + '</p>'); // LABEL: CWE-79
  })
  .listen(8080);
