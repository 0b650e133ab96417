export async function count(db: any) {
  return db.query(`SELECT count(*) FROM users WHERE active = true`);
}
