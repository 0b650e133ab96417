import ldap
from ldap.filter import escape_filter_chars


def find_user(request, conn):
    uid = escape_filter_chars(request.POST["uid"])
    return conn.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)
