# frozen_string_literal: true

require "openssl"
require "base64"

class CardVault
  def initialize(key)
    @key = key
  end

  def encrypt(pan)
    cipher = OpenSSL::Cipher.new("aes-256-gcm")
    cipher.encrypt
    cipher.key = @key
    iv = cipher.random_iv
    cipher.auth_data = ""
    ciphertext = cipher.update(pan) + cipher.final
    Base64.strict_encode64(iv + cipher.auth_tag + ciphertext)
  end
end
