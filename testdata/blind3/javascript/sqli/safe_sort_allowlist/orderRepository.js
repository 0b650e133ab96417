const SORTABLE = new Map([
  ['date', 'created_at'],
  ['total', 'total_cents'],
  ['customer', 'customer_name'],
]);

class OrderRepository {
  constructor(knex) {
    this.knex = knex;
  }

  async list(sort, dir) {
    const column = SORTABLE.get(sort) || 'created_at';
    const direction = dir === 'desc' ? 'DESC' : 'ASC';
    const result = await this.knex.raw(`SELECT id, customer_name, total_cents FROM orders ORDER BY ${column} ${direction}`);
    return result.rows;
  }
}

module.exports = { OrderRepository };
