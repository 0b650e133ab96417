require "openssl"

module Tokens
  def self.cipher
    OpenSSL::Cipher.new("aes-256-ecb") # vigil:expect VGL-RUBY-CRYPTO-001
  end

  def self.legacy
    OpenSSL::Cipher::AES.new(128, :ECB) # vigil:expect VGL-RUBY-CRYPTO-001
  end
end
