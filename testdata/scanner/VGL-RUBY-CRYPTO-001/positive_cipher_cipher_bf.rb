require 'openssl'
def encrypt(data, key)
  c = OpenSSL::Cipher::Cipher.new("bf-cbc")
  c.encrypt
  c.key = key
  c.update(data) + c.final
end
