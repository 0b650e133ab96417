# frozen_string_literal: true

require "openssl"
require "base64"

class LegacyCardVault
  def initialize(key)
    @key = key
  end

  def encrypt(pan)
    cipher = OpenSSL::Cipher.new("des-ede3-cbc") # LABEL: CWE-327
    cipher.encrypt
    cipher.key = @key
    iv = cipher.random_iv
    Base64.strict_encode64(iv + cipher.update(pan) + cipher.final)
  end
end
