class InviteCodes
  ALPHABET = ("A".."Z").to_a + ("0".."9").to_a

  def self.invite_code
    Array.new(8) { ALPHABET[SecureRandom.random_number(ALPHABET.size)] }.join
  end

  def self.reset_token
    SecureRandom.urlsafe_base64(32)
  end
end
