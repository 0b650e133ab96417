const http = require('http');
const childProcess = require('child_process');

const server = http.createServer((req, res) => {
  const parts = ['tar', 'czf', '/tmp/export.tgz'];
  parts.push(req.headers['x-export-dir'] || '.');
  childProcess.exec(parts.join(' '), (err) => { // LABEL: CWE-78
    res.writeHead(err ? 500 : 200, { 'Content-Type': 'text/plain' });
    res.end(err ? 'failed' : 'done');
  });
});

server.listen(8080);
