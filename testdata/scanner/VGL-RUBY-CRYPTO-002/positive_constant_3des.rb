require 'openssl'
ALGO = "des-ede3-cbc"
def encrypt(data, key)
  c = OpenSSL::Cipher.new(ALGO) # vigil:expect VGL-RUBY-CRYPTO-002
  c.encrypt
  c.key = key
  c.update(data) + c.final
end
