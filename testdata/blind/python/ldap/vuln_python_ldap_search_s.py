import ldap
from django.http import JsonResponse

LDAP_URI = "ldaps://ldap.corp.example"
BASE_DN = "ou=people,dc=corp,dc=example"


def find_by_mail(request):
    email = request.GET.get("email", "")
    conn = ldap.initialize(LDAP_URI)
    conn.simple_bind_s()
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(mail=%s)" % email, ["cn", "uid"])  # LABEL: CWE-90
    conn.unbind_s()
    return JsonResponse({"matches": [dn for dn, _ in results]})
