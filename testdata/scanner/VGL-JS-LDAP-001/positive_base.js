const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldap://127.0.0.1:389' });

function groups(req, res) {
  client.search('ou=groups,dc=example,dc=com', { filter: '(cn=' + req.body.group + ')' }, () => res.end()); // vigil:expect VGL-JS-LDAP-001
}
module.exports = groups;
