from flask import Flask, render_template
from markupsafe import Markup

from .models import Member

app = Flask(__name__)


class MemberCard:
    def __init__(self, member):
        self.member = member

    def bio_html(self):
        bio = self.member.bio or ""
        lines = [Markup.escape(line) for line in bio.split("\n")]
        return Markup("<p class=\"bio\">{}</p>").format(Markup("<br>").join(lines))


@app.get("/members/<int:member_id>")
def member_page(member_id):
    card = MemberCard(Member.query.get_or_404(member_id))
    return render_template("member.html", bio=card.bio_html())
