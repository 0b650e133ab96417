async function search(db, name) {
  return db.collection("users").find({ name: { $eq: String(name) } }).toArray();
}
module.exports = search;
