const sqlite3 = require("better-sqlite3");

const db = sqlite3("tickets.db");

function findTickets(filters) {
  const parts = [];
  for (const [col, val] of filters) {
    if (val) parts.push(`${col} = '${val}'`);
  }
  const where = parts.length ? parts.join(" AND ") : "1 = 1";
  return db.prepare("SELECT * FROM tickets WHERE " + where).all();  // LABEL: CWE-89
}

module.exports = { findTickets };
