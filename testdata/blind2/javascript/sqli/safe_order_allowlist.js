const Koa = require("koa");
const Router = require("@koa/router");
const { Pool } = require("pg");

const app = new Koa();
const router = new Router();
const db = new Pool();
const ORDER = { newest: "created_at DESC", oldest: "created_at ASC", name: "title" };

router.get("/articles", async (ctx) => {
  const order = ORDER[ctx.query.sort] || ORDER.newest;
  const { rows } = await db.query("SELECT id, title FROM articles ORDER BY " + order);
  ctx.body = rows;
});

app.use(router.routes());
app.listen(3001);
