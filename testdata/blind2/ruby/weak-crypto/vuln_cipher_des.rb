require "openssl"
require "base64"

class TokenBox
  def initialize(key)
    @key = key
  end

  def seal(text)
    cipher = OpenSSL::Cipher.new("des-ede3-cbc") # LABEL: CWE-327
    cipher.encrypt
    cipher.key = @key
    iv = cipher.random_iv
    Base64.strict_encode64(iv + cipher.update(text) + cipher.final)
  end
end
