require 'openssl'
def encrypt(data, key)
  c = OpenSSL::Cipher::Cipher.new("bf-cbc") # vigil:expect VGL-RUBY-CRYPTO-001
  c.encrypt
  c.key = key
  c.update(data) + c.final
end
