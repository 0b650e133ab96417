class Directory:
    def __init__(self, conn, base="ou=people,dc=example,dc=org"):
        self.conn = conn
        self.base = base

    def find(self, name):
        self.conn.search(self.base, "(&(objectClass=person)(cn=" + name + "))", attributes=["mail"])  # vigil:expect VGL-PY-XPATH-001
        return [e.mail.value for e in self.conn.entries]
