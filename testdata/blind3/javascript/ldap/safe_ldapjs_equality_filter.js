const express = require('express');
const ldap = require('ldapjs');

const app = express();
const client = ldap.createClient({ url: 'ldaps://ldap.corp.example.com' });

app.get('/people/:uid', (req, res) => {
  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: req.params.uid });
  const opts = { scope: 'sub', filter, attributes: ['cn', 'mail'] };
  client.search('ou=people,dc=corp,dc=example,dc=com', opts, (err, search) => {
    if (err) return res.status(500).end();
    const found = [];
    search.on('searchEntry', (entry) => found.push(entry.pojo));
    search.on('end', () => res.json(found));
  });
});

app.listen(3000);
