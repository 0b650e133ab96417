const http = require("http");
const url = require("url");

http.createServer((req, res) => {
  const q = req.query.q;
  res.writeHead(200, { "Content-Type": "text/html" });
  res.end("<p>You searched for " + q + "</p>"); // vigil:expect VGL-JS-XSS-001
});

function page(req, res) {
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.write(req.body.comment); // vigil:expect VGL-JS-XSS-001
  res.end();
}
