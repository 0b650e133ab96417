class ProductRepository {
  constructor(knex) {
    this.knex = knex;
  }

  async listByCategory(category, sort) {
    const sql = `SELECT id, name, price FROM products WHERE category = ? ORDER BY ${sort}`;
    const result = await this.knex.raw(sql, [category]); // LABEL: CWE-89
    return result.rows;
  }

  async findById(id) {
    return this.knex('products').where({ id }).first();
  }
}

module.exports = { ProductRepository };
