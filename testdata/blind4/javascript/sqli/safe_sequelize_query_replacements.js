const { QueryTypes } = require('sequelize');
const { sequelize } = require('../db');

async function recentlyViewed(req, res) {
  const visitor = req.cookies.visitor_id || 'anonymous';
  const items = await sequelize.query(
    'SELECT p.id, p.name FROM product_views v JOIN products p ON p.id = v.product_id WHERE v.visitor = :visitor ORDER BY v.viewed_at DESC LIMIT 10',
    { type: QueryTypes.SELECT, replacements: { visitor } }
  );
  res.json(items);
}

module.exports = { recentlyViewed };
