import ldap from 'ldapjs';
import type { Request, Response } from 'express';

const client = ldap.createClient({ url: process.env.LDAP_URL ?? 'ldaps://ldap.corp.example' });

export function managerOf(req: Request, res: Response) {
  const employee = req.params.employee;
  const filter = new ldap.AndFilter({
    filters: [
      new ldap.EqualityFilter({ attribute: 'objectClass', value: 'person' }),
      new ldap.EqualityFilter({ attribute: 'sAMAccountName', value: employee }),
    ],
  });
  client.search('ou=staff,dc=corp,dc=example', { scope: 'sub', filter, attributes: ['manager', 'displayName'] }, (err, search) => {
    if (err) return res.status(500).end();
    const found: object[] = [];
    search.on('searchEntry', (entry) => found.push(entry.pojo));
    search.on('end', () => res.json(found));
  });
}
