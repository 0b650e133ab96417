import ldap from 'ldapjs';
import type { Request, Response } from 'express';

const client = ldap.createClient({ url: process.env.LDAP_URL ?? 'ldaps://ldap.corp.example' });

export function managerOf(req: Request, res: Response) {
  const employee = req.params.employee;
  const opts: ldap.SearchOptions = {
    scope: 'sub',
    filter: `(&(objectClass=person)(sAMAccountName=${employee}))`,
    attributes: ['manager', 'displayName'],
  };
  client.search('ou=staff,dc=corp,dc=example', opts, (err, search) => { // LABEL: CWE-90
    if (err) return res.status(500).end();
    const found: object[] = [];
    search.on('searchEntry', (entry) => found.push(entry.pojo));
    search.on('end', () => res.json(found));
  });
}
