from django.http import JsonResponse

from blog.models import Post

RECENT_SQL = "published_at > now() - interval '7 days'"


def post_list(request):
    tag = request.GET.get("tag")
    posts = Post.objects.filter(status="published")
    if tag:
        posts = posts.filter(tags__slug=tag)
    posts = posts.extra(select={"is_recent": RECENT_SQL})
    items = [
        {"title": p.title, "recent": p.is_recent}
        for p in posts.order_by("-published_at")[:50]
    ]
    return JsonResponse({"posts": items})
