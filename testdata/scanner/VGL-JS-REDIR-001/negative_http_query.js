// A plain Node http server whose redirects stay on this site: the request's
// URL only goes into a query parameter of a fixed login page, and the
// "to" parameter picks a page from a fixed table.
const http = require("http");

const PAGES = { home: "/", docs: "/docs/", help: "/help/" };

http.createServer((req, res) => {
  const u = new URL(req.url, "http://localhost");
  if (!req.headers.cookie) {
    res.writeHead(302, { Location: "/login?next=" + encodeURIComponent(req.url) });
    return res.end();
  }
  const page = PAGES[u.searchParams.get("to")] ? u.searchParams.get("to") : "home";
  res.writeHead(302, { Location: "/go/" + page });
  res.end();
}).listen(8080);
