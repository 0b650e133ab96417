LABELS = { password: "Password", password_confirmation: "Confirm password" }.freeze
password_field = "user_password_input"
secret = "changeme"
token = "#{prefix}-#{SecureRandom.hex(8)}"
