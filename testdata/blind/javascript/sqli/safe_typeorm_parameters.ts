import express from 'express';
import { DataSource } from 'typeorm';
import { Customer } from './entities/customer';

export const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Customer] });
export const app = express();

app.get('/customers', async (req, res) => {
  const name = String(req.query.name ?? '');
  const customers = await dataSource
    .getRepository(Customer)
    .createQueryBuilder('c')
    .where('c.name ILIKE :pattern', { pattern: `%${name}%` })
    .orderBy('c.name')
    .getMany();
  res.json(customers);
});
