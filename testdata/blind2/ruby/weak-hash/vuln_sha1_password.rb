require "digest"

class Account < ApplicationRecord
  def password=(plain)
    self.password_digest = Digest::SHA1.hexdigest(plain) # LABEL: CWE-328, CWE-916
  end

  def authenticate(plain)
    password_digest == Digest::SHA1.hexdigest(plain)
  end
end
