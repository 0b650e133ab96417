from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape


def note_title(request, note_id):
    with connection.cursor() as c:
        c.execute("SELECT title FROM notes WHERE id = %s", [note_id])
        row = c.fetchone()
    return HttpResponse("<h1>" + escape(row[0]) + "</h1>")


def search(request):
    q = request.GET.get("q", "")
    return HttpResponse("<p>No results for " + q + "</p>")  # LABEL: CWE-79


def tag_filter(request):
    tag = request.GET["tag"]
    sql = "SELECT id FROM notes WHERE tag = '%s'" % tag
    return run_query(sql)


def run_query(sql):
    with connection.cursor() as c:
        c.execute(sql)  # LABEL: CWE-89
        return JsonResponse({"ids": [r[0] for r in c.fetchall()]})
