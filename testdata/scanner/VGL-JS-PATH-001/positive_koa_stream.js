// Koa: a file streamed from a path joined with the query or a route parameter.
const Koa = require("koa");
const Router = require("@koa/router");
const fs = require("fs");
const path = require("path");

const app = new Koa();
const router = new Router();
const FILES = path.join(__dirname, "files");

router.get("/download", async (ctx) => {
  ctx.body = fs.createReadStream(path.join(FILES, ctx.query.f)); // vigil:expect VGL-JS-PATH-001
});

router.get("/docs/:name", async (ctx) => {
  ctx.type = "text/plain";
  ctx.body = fs.createReadStream(path.join(FILES, "docs", ctx.params.name)); // vigil:expect VGL-JS-PATH-001
});

app.use(router.routes());
