import smtplib
from email.message import EmailMessage


class Mailer:
    host = "smtp.mailgun.org"
    port = 587
    username = "postmaster@mg.example.com"
    password = "9f2c61e0a7b4d83f5e16c0ab27d9e4f1-us5"  # LABEL: CWE-798

    def send(self, to, subject, body):
        msg = EmailMessage()
        msg["From"] = self.username
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        with smtplib.SMTP(self.host, self.port) as smtp:
            smtp.starttls()
            smtp.login(self.username, self.password)
            smtp.send_message(msg)
