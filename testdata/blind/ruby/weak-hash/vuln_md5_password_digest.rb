# frozen_string_literal: true

require "digest/md5"

class LegacyUser < ApplicationRecord
  self.table_name = "users"

  def password=(plain)
    self.password_digest = Digest::MD5.hexdigest(plain) # LABEL: CWE-328
  end

  def authenticate(plain)
    ActiveSupport::SecurityUtils.secure_compare(password_digest, Digest::MD5.hexdigest(plain)) && self # LABEL: CWE-328
  end
end
