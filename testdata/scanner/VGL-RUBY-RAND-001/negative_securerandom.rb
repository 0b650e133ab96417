class ApiKey < ApplicationRecord
  before_create do
    self.token = SecureRandom.urlsafe_base64(32)
    @reset_code = SecureRandom.random_number(1_000_000)
    @otp = [*"0".."9"].sample(6, random: SecureRandom).join
  end
end
