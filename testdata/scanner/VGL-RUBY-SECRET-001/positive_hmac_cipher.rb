require "openssl"

# Signs webhooks and encrypts stored card tokens with keys written in the code.
module Vault
  def self.sign(body)
    OpenSSL::HMAC.hexdigest("SHA256", "c1f4e7a9b2d5086e3f1a", body) # vigil:expect VGL-RUBY-SECRET-001
  end

  def self.seal(card_token)
    cipher = OpenSSL::Cipher.new("aes-256-cbc")
    cipher.encrypt
    cipher.key = "9Fk2Lq7Xv0Rt3Wz8Nb4Mc6Hd1Js5Gp0" # vigil:expect VGL-RUBY-SECRET-001
    cipher.update(card_token) + cipher.final
  end

  def self.verifier
    ActiveSupport::MessageVerifier.new("b7e1d9c3a5f20846e1d9") # vigil:expect VGL-RUBY-SECRET-001
  end
end
