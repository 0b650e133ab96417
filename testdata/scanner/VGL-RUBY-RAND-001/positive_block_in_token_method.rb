class TokenGenerator
  def self.session_token
    chars = ("a".."z").to_a + ("0".."9").to_a
    Array.new(32) { chars[rand(chars.size)] }.join # vigil:expect VGL-RUBY-RAND-001
  end
end
