const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('blog.db');

function byAuthor(author) {
  return new Promise((resolve, reject) => {
    db.all("SELECT id, title FROM articles WHERE author = '" + author + "'", (err, rows) => { // LABEL: CWE-89
      if (err) reject(err);
      else resolve(rows);
    });
  });
}

module.exports = { byAuthor };
