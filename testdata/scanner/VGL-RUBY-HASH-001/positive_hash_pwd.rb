require 'digest'
class Account
  def hash_pwd(pw)
    Digest::MD5.hexdigest(pw)
  end
end
