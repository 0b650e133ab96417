from django.http import JsonResponse
from django.views.decorators.http import require_GET

from library.models import Book


@require_GET
def books_by_author(request, author_slug):
    year = request.GET.get("year")
    sql = "SELECT * FROM library_book WHERE author_slug = %s"
    params = [author_slug]
    if year:
        sql += " AND published_year = %s"
        params.append(year)
    books = Book.objects.raw(sql, params)
    return JsonResponse({"books": [b.title for b in books]})
