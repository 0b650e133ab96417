const ldap = require('ldapjs');
const ldapClient = ldap.createClient({ url: 'ldap://127.0.0.1:389' });

function find(req, res) {
  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: 'admin' });
  ldapClient.search('dc=example,dc=com', { filter, scope: 'sub' }, () => res.end());
}
module.exports = find;
