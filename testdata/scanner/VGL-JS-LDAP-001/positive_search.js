const ldap = require('ldapjs');
const ldapClient = ldap.createClient({ url: 'ldap://127.0.0.1:389' });

function find(req, res) {
  const opts = { filter: `(uid=${req.query.user})`, scope: 'sub' };
  ldapClient.search('dc=example,dc=com', opts, (err, out) => res.end()); // vigil:expect VGL-JS-LDAP-001
}
module.exports = find;
