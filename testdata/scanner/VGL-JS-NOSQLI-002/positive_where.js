async function search(db, name) {
  return db.collection("users").find({ $where: "this.name == '" + name + "'" }).toArray(); // vigil:expect VGL-JS-NOSQLI-002
}
module.exports = search;
