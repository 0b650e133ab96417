require 'openssl'

class CardVault
  MODE = 'AES-256-ECB'

  def seal(number, key)
    cipher = OpenSSL::Cipher.new(MODE) # vigil:expect VGL-RUBY-CRYPTO-002
    cipher.encrypt
    cipher.key = key
    cipher.update(number) + cipher.final
  end
end
