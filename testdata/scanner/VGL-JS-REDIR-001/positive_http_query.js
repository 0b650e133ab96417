// A plain Node http server: the redirect target comes from the parsed query string.
const http = require("http");
const url = require("url");

http.createServer((req, res) => {
  const { pathname, query } = url.parse(req.url, true);
  if (pathname === "/logout") {
    res.writeHead(302, { Location: query.next || "/" }); // vigil:expect VGL-JS-REDIR-001
    return res.end();
  }
  const u = new URL(req.url, "http://localhost");
  const target = u.searchParams.get("to");
  if (target) {
    res.statusCode = 302;
    res.setHeader("Location", target); // vigil:expect VGL-JS-REDIR-001
    return res.end();
  }
  res.end("ok");
}).listen(8080);
