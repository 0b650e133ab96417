# frozen_string_literal: true

require "bcrypt"

class Account < ApplicationRecord
  def password=(plain)
    self.password_digest = BCrypt::Password.create(plain, cost: 12)
  end

  def authenticate(plain)
    BCrypt::Password.new(password_digest).is_password?(plain) && self
  end
end
