require "openssl"

module Tokens
  def self.cipher
    OpenSSL::Cipher::AES.new(256, :GCM)
  end

  def self.names
    OpenSSL::Cipher.ciphers.grep(/ecb/)
  end
end
