import express from 'express';
import { Client } from 'ldapts';

export const app = express();
const client = new Client({ url: 'ldaps://ldap.corp.example' });

app.get('/directory/by-mail', async (req, res) => {
  const email = String(req.query.email ?? '');
  const { searchEntries } = await client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter: `(mail=${email})`, attributes: ['cn', 'uid'] }); // LABEL: CWE-90
  res.json(searchEntries.map((e) => e.dn));
});
