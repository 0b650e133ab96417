export async function search(req: any, res: any, db: any) {
  const filter = req.query.filter;
  const docs = await db.collection("orders").find(filter).toArray(); // vigil:expect VGL-JS-NOSQLI-001
  res.json(docs);
}
