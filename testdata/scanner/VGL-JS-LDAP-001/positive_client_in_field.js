const ldap = require('ldapjs');
const express = require('express');

class Directory {
  constructor(config) {
    this.base = config.base;
    this.conn = ldap.createClient({ url: config.url });
  }

  lookup(uid, done) {
    this.conn.search(this.base, { scope: 'sub', filter: `(&(objectClass=person)(uid=${uid}))` }, done); // vigil:expect VGL-JS-LDAP-001
  }
}

const dir = new Directory({ base: 'ou=people,dc=example,dc=org', url: 'ldap://ldap:389' });
const app = express();
app.get('/lookup', (req, res) => {
  dir.lookup(req.query.uid, () => res.end());
});
