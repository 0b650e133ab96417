from ldap3 import SUBTREE

BASE_DN = "ou=people,dc=example,dc=com"
ATTRS = ["cn", "mail", "telephoneNumber", "title"]


class StaffDirectory:
    def __init__(self, conn, department):
        self.conn = conn
        self.department = department

    def _filter(self):
        return "(&(objectClass=inetOrgPerson)(departmentNumber=%s))" % self.department

    def members(self):
        search_filter = self._filter()
        self.conn.search(BASE_DN, search_filter, search_scope=SUBTREE, attributes=ATTRS)  # LABEL: CWE-90
        return [
            {a: str(entry[a]) for a in ATTRS if a in entry}
            for entry in self.conn.entries
        ]
