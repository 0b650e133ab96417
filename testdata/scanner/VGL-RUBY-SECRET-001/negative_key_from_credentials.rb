require "openssl"

# Keys come from the app's credentials and the environment.
class TokenService
  def issue(user)
    JWT.encode({ sub: user.id }, Rails.application.credentials.jwt_secret, "HS256")
  end

  def read(token)
    JWT.decode(token, ENV.fetch("JWT_SECRET"), true, algorithm: "HS256").first
  end

  def sign(body)
    OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("WEBHOOK_KEY"), body)
  end

  def seal(card_token)
    cipher = OpenSSL::Cipher.new("aes-256-cbc")
    cipher.encrypt
    cipher.key = Rails.application.key_generator.generate_key("card tokens", 32)
    cipher.update(card_token) + cipher.final
  end
end
