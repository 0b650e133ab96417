const ldap = require('ldapjs');
const express = require('express');

const app = express();
const client = ldap.createClient({ url: process.env.LDAP_URL });

// the value goes into a filter object, which escapes it
function findPerson(name) {
  return new Promise((resolve, reject) => {
    const filter = new ldap.EqualityFilter({ attribute: 'cn', value: name });
    client.search(process.env.LDAP_BASE, { filter, scope: 'sub' }, (err, res) => {
      if (err) return reject(err);
      res.on('end', () => resolve());
    });
  });
}

app.get('/people', async (req, res) => {
  res.json(await findPerson(req.query.name));
});
