require 'openssl'
ALGORITHM = "aes-256-cbc"
def encrypt(data, key)
  c = OpenSSL::Cipher.new(ALGORITHM)
  c.encrypt
  c.key = key
  c.iv = c.random_iv
  c.update(data) + c.final
end
