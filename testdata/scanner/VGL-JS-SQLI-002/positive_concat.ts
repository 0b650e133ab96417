export async function remove(knex: any, table: string, id: string) {
  await knex.raw("DELETE FROM " + table + " WHERE id = " + id); // vigil:expect VGL-JS-SQLI-002
}
