from django.shortcuts import get_object_or_404, render

from .models import Ticket
from .rendering import render_comment


def ticket_detail(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk)
    comments = [render_comment(c.author_name, c.body) for c in ticket.comments.all()]
    highlight = request.GET.get("highlight", "")
    return render(
        request,
        "tickets/detail.html",
        {"ticket": ticket, "comments": comments, "highlight": highlight},
    )
