import express, { Request, Response } from 'express';
import ldap from 'ldapjs';

const app = express();
const client = ldap.createClient({ url: 'ldaps://ldap.corp.example.com' });

function searchGroup(group: string): Promise<string[]> {
  const members: string[] = [];
  return new Promise((resolve, reject) => {
    const opts = { scope: 'sub' as const, filter: `(&(objectClass=groupOfNames)(cn=${group}))`, attributes: ['member'] };
    client.search('ou=groups,dc=corp,dc=example,dc=com', opts, (err, search) => { // LABEL: CWE-90
      if (err) return reject(err);
      search.on('searchEntry', (entry) => members.push(String(entry.pojo.objectName)));
      search.on('end', () => resolve(members));
    });
  });
}

app.get('/groups/:name/members', async (req: Request, res: Response) => {
  res.json(await searchGroup(req.params.name));
});

app.listen(3000);
