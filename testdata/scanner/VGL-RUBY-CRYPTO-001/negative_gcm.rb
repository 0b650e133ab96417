require "openssl"

def seal(key, data)
  cipher = OpenSSL::Cipher.new("aes-256-gcm")
  cipher.encrypt
  cipher.key = key
  iv = cipher.random_iv
  [iv, cipher.update(data) + cipher.final, cipher.auth_tag]
end
