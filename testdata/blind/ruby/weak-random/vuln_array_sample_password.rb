# frozen_string_literal: true

class TemporaryPassword
  CHARS = [*"a".."z", *"A".."Z", *"0".."9"].freeze

  def self.generate(length = 12)
    Array.new(length) { CHARS.sample }.join # LABEL: CWE-338
  end
end

class Admin::PasswordResetsController < Admin::BaseController
  def create
    user = User.find(params[:user_id])
    user.update!(password: TemporaryPassword.generate)
    head :no_content
  end
end
