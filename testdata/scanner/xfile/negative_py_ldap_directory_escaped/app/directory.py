from ldap3.utils.conv import escape_filter_chars


class Directory:
    def __init__(self, conn, base="ou=people,dc=example,dc=org"):
        self.conn = conn
        self.base = base

    def find(self, name):
        self.conn.search(self.base, "(&(objectClass=person)(cn=" + escape_filter_chars(name) + "))", attributes=["mail"])
        return [e.mail.value for e in self.conn.entries]
