const express = require('express');
const ldap = require('ldapjs');
const ldapEscape = require('ldap-escape');

const app = express();
const client = ldap.createClient({ url: 'ldaps://ldap.corp.example' });

app.get('/directory/lookup', (req, res) => {
  const uid = String(req.query.uid || '');
  const filter = ldapEscape.filter`(&(objectClass=person)(uid=${uid}))`;
  client.search('ou=people,dc=corp,dc=example', { scope: 'sub', filter, attributes: ['cn', 'mail'] }, (err, search) => {
    if (err) return res.status(500).end();
    const entries = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
  });
});

module.exports = app;
