require "openssl"
require "base64"

class UnsubscribeToken
  def initialize(key = Base64.decode64(ENV.fetch("UNSUBSCRIBE_KEY")))
    @key = key
  end

  def encode(subscriber_id)
    cipher = OpenSSL::Cipher.new("aes-128-ecb") # LABEL: CWE-327
    cipher.encrypt
    cipher.key = @key
    Base64.urlsafe_encode64(cipher.update(subscriber_id.to_s) + cipher.final)
  end

  def decode(token)
    cipher = OpenSSL::Cipher.new("aes-128-ecb")
    cipher.decrypt
    cipher.key = @key
    (cipher.update(Base64.urlsafe_decode64(token)) + cipher.final).to_i
  end
end
