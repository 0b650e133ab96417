from django.shortcuts import get_object_or_404, render

from .models import Ticket


def ticket_detail(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk, project__members=request.user)
    if request.method == "POST":
        ticket.status_note = request.POST.get("status_note", "")[:200]
        ticket.save(update_fields=["status_note"])
    return render(request, "tickets/detail.html", {"ticket": ticket})
