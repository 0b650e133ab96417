const db = require("./db");

async function page(req, res) {
  const limit = parseInt(req.query.limit, 10);
  const rows = await db.query("SELECT * FROM posts LIMIT " + limit);
  const all = await db.query("SELECT count(*) FROM posts");
  res.json({ rows, all });
}
module.exports = page;
