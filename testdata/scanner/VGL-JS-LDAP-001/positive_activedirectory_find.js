const ActiveDirectory = require('activedirectory2');
const express = require('express');

const ad = new ActiveDirectory({ url: 'ldap://dc.corp.example', baseDN: 'dc=corp,dc=example' });
const app = express();

app.get('/members', (req, res) => {
  ad.find(`(&(objectClass=user)(department=${req.query.dept}))`, (err, results) => { // vigil:expect VGL-JS-LDAP-001
    res.json(results || {});
  });
});
