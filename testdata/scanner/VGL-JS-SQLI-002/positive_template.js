async function byEmail(db, email) {
  return db.query(`SELECT * FROM users WHERE email = '${email}'`); // vigil:expect VGL-JS-SQLI-002
}
module.exports = byEmail;
