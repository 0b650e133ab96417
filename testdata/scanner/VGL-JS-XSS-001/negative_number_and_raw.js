// Numbers carry no markup; a raw Node response that never says it is HTML
// and writes no markup (a test server echoing a header) is not a page.
const http = require("http");
const express = require("express");
const app = express();

app.get("/n", (req, res) => {
  res.send("" + Number(req.params.id));
});

app.get("/count", (req, res) => {
  const n = parseInt(req.query.n, 10);
  res.send("count: " + n);
});

http.createServer((req, res) => {
  res.end(req.headers.authorization);
});

function echoAgent(req, res) {
  res.write(req.headers["user-agent"]);
  res.end();
}
