from django.db import connection
from django.http import Http404, JsonResponse


def article_stats(request, slug):
    """Mapped as path("articles/<str:slug>/stats", article_stats)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT views, likes FROM blog_article WHERE slug = %s", [slug])
        row = cursor.fetchone()
    if row is None:
        raise Http404
    return JsonResponse({"views": row[0], "likes": row[1]})
