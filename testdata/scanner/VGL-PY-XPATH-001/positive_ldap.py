import ldap


def find_user(request, conn):
    uid = request.POST["uid"]
    return conn.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)  # vigil:expect VGL-PY-XPATH-001
