const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findForShop(shopId, status) {
  const params = [shopId];
  let sql = 'SELECT id, number, total_cents, status FROM orders WHERE shop_id = $1';
  if (status) {
    params.push(status);
    sql += ` AND status = $${params.length}`;
  }
  const { rows } = await pool.query(sql + ' ORDER BY created_at DESC LIMIT 100', params);
  return rows;
}

module.exports = { findForShop };
