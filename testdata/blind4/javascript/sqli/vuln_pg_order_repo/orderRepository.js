const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findForShop(shopId, status) {
  let sql = `SELECT id, number, total_cents, status FROM orders WHERE shop_id = '${shopId}'`;
  if (status) {
    sql += ` AND status = '${status}'`;
  }
  const { rows } = await pool.query(sql + ' ORDER BY created_at DESC LIMIT 100'); // LABEL: CWE-89
  return rows;
}

module.exports = { findForShop };
