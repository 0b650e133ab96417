require 'digest'
class Account
  def hash_pwd(pw)
    Digest::MD5.hexdigest(pw) # vigil:expect VGL-RUBY-HASH-001
  end
end
