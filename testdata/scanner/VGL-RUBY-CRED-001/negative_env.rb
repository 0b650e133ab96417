class Mailer
  SMTP_PASSWORD = ENV.fetch("SMTP_PASSWORD")

  def initialize
    @api_key = Rails.application.credentials.mailer_api_key
    @db = { password: ENV["DB_PASSWORD"], password_file: "/run/secrets/db" }
  end
end
