require "openssl"

def seal(key, data)
  cipher = OpenSSL::Cipher.new("des-ede3-cbc") # vigil:expect VGL-RUBY-CRYPTO-001
  cipher.encrypt
  cipher.key = key
  cipher.update(data) + cipher.final
end
