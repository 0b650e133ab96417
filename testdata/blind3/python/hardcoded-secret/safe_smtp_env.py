import os
import smtplib
from email.message import EmailMessage

PASSWORD_ENV = "SMTP_PASSWORD"


class Mailer:
    def __init__(self):
        self.host = os.environ.get("SMTP_HOST", "localhost")
        self.username = os.environ.get("SMTP_USER", "")
        self.password = os.environ.get(PASSWORD_ENV, "")

    def send(self, to, subject, body):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.username, to, subject
        msg.set_content(body)
        with smtplib.SMTP(self.host, 587) as smtp:
            smtp.starttls()
            smtp.login(self.username, self.password)
            smtp.send_message(msg)
