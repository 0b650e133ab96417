class Mailer
  SMTP_PASSWORD = "mail-Pa55word" # vigil:expect VGL-RUBY-CRED-001

  def initialize
    @api_key = "sk_live_8f2a9c7d" # vigil:expect VGL-RUBY-CRED-001
  end
end
