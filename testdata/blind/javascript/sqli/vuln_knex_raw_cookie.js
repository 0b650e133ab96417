const express = require('express');
const cookieParser = require('cookie-parser');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();
app.use(cookieParser());

class TenantScope {
  constructor(tenant) {
    this.tenant = tenant;
  }

  getTenant() {
    return this.tenant;
  }
}

app.get('/invoices', async (req, res) => {
  const scope = new TenantScope(req.cookies.tenant);
  const rows = await knex.raw("SELECT id, amount FROM invoices WHERE tenant = '" + scope.getTenant() + "'"); // LABEL: CWE-89
  res.json(rows.rows);
});

module.exports = app;
