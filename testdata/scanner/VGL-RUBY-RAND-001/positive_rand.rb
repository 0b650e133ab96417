class PasswordResetsController < ApplicationController
  def create
    reset_code = rand(100_000..999_999) # vigil:expect VGL-RUBY-RAND-001
    UserMailer.reset(current_user, reset_code).deliver_later
  end
end
