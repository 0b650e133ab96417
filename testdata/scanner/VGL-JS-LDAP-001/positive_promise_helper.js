const ldap = require('ldapjs');
const express = require('express');

const app = express();
const client = ldap.createClient({ url: process.env.LDAP_URL });

// the callback API wrapped in a Promise: the filter is built inside the executor
function findPerson(name) {
  return new Promise((resolve, reject) => {
    const opts = { filter: '(cn=' + name + ')', scope: 'sub', attributes: ['mail'] };
    client.search(process.env.LDAP_BASE, opts, (err, res) => { // vigil:expect VGL-JS-LDAP-001
      if (err) return reject(err);
      const found = [];
      res.on('searchEntry', (e) => found.push(e.pojo));
      res.on('end', () => resolve(found));
    });
  });
}

app.get('/people', async (req, res) => {
  res.json(await findPerson(req.query.name));
});
