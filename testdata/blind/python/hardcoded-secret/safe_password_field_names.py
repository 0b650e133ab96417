"""Form field names and messages mention passwords but hold none."""
from django import forms

PASSWORD_FIELD = "password"
PASSWORD_MIN_LENGTH = 12
PASSWORD_HELP = "Use at least 12 characters; a passphrase is best."


class SignupForm(forms.Form):
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, min_length=PASSWORD_MIN_LENGTH, help_text=PASSWORD_HELP)

    def clean(self):
        data = super().clean()
        if data.get(PASSWORD_FIELD, "").lower() == data.get("email", "").lower():
            raise forms.ValidationError("The password must differ from the e-mail address.")
        return data
