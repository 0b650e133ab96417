require "digest"

class LegacyAuth
  def hash_password(password, salt)
    Digest::MD5.hexdigest(salt + password) # vigil:expect VGL-RUBY-HASH-001
  end
end
