// Koa: only the base name of the requested file, or a name from a fixed table.
const Koa = require("koa");
const Router = require("@koa/router");
const fs = require("fs");
const path = require("path");

const app = new Koa();
const router = new Router();
const FILES = path.join(__dirname, "files");
const REPORTS = { daily: "daily.csv", weekly: "weekly.csv" };

router.get("/download", async (ctx) => {
  ctx.body = fs.createReadStream(path.join(FILES, path.basename(ctx.query.f)));
});

router.get("/reports/:kind", async (ctx) => {
  const file = REPORTS[ctx.params.kind] ? REPORTS[ctx.params.kind] : "daily.csv";
  ctx.body = fs.createReadStream(path.join(FILES, "reports", path.basename(file)));
});

app.use(router.routes());
