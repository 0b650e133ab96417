const express = require('express');
const ldap = require('ldapjs');

const app = express();
const client = ldap.createClient({ url: 'ldaps://ldap.corp.example' });

app.get('/directory/lookup', (req, res) => {
  const uid = req.query.uid || '';
  const opts = { scope: 'sub', filter: '(&(objectClass=person)(uid=' + uid + '))', attributes: ['cn', 'mail'] };
  client.search('ou=people,dc=corp,dc=example', opts, (err, search) => { // LABEL: CWE-90
    if (err) return res.status(500).end();
    const entries = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
  });
});

module.exports = app;
