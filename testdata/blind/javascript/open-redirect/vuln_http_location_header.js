const http = require('http');

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/out') {
      const target = url.searchParams.get('u') || '/';
      res.writeHead(302, { Location: target }); // LABEL: CWE-601
      return res.end();
    }
    res.end('ok');
  })
  .listen(8080);
