from flask import Flask, render_template
from markupsafe import Markup

from .models import Member

app = Flask(__name__)


class MemberCard:
    def __init__(self, member):
        self.member = member

    def headline(self):
        return Markup.escape(self.member.display_name)

    def bio_html(self):
        bio = self.member.bio or ""
        return Markup("<p class=\"bio\">" + bio.replace("\n", "<br>") + "</p>")  # LABEL: CWE-79


@app.get("/members/<int:member_id>")
def member_page(member_id):
    card = MemberCard(Member.query.get_or_404(member_id))
    return render_template("member.html", headline=card.headline(), bio=card.bio_html())
