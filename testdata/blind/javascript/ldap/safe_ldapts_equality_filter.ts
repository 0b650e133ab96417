import express from 'express';
import { Client, EqualityFilter } from 'ldapts';

export const app = express();
const client = new Client({ url: 'ldaps://ldap.corp.example' });

app.get('/directory/by-mail', async (req, res) => {
  // EqualityFilter escapes the value when the filter is encoded.
  const filter = new EqualityFilter({ attribute: 'mail', value: String(req.query.email ?? '') });
  const { searchEntries } = await client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'uid'] });
  res.json(searchEntries.map((e) => e.dn));
});
