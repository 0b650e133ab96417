const ldap = require('ldapjs');
const express = require('express');

class Directory {
  constructor(config) {
    this.base = config.base;
    this.conn = ldap.createClient({ url: config.url });
  }

  // the request picks which attributes come back, not the filter
  lookup(attr, done) {
    this.conn.search(this.base, { scope: 'sub', filter: '(objectClass=person)', attributes: [attr] }, done);
  }
}

const dir = new Directory({ base: 'ou=people,dc=example,dc=org', url: 'ldap://ldap:389' });
const app = express();
app.get('/lookup', (req, res) => {
  dir.lookup(req.query.attr, () => res.end());
});
