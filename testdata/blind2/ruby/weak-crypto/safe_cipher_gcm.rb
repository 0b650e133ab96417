require "openssl"
require "base64"

class TokenBox
  def initialize(key)
    @key = key
  end

  def seal(text)
    cipher = OpenSSL::Cipher.new("aes-256-gcm")
    cipher.encrypt
    cipher.key = @key
    iv = cipher.random_iv
    data = cipher.update(text) + cipher.final
    Base64.strict_encode64(iv + cipher.auth_tag + data)
  end
end
