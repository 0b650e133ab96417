const knex = require("knex")({ client: "pg" });

async function search(req, res) {
  const rows = await knex.raw("SELECT * FROM items WHERE name = '" + req.query.q + "'"); // vigil:expect VGL-JS-SQLI-001
  res.json(rows);
}
module.exports = search;
