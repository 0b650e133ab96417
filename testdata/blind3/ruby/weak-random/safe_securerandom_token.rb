require "securerandom"

class PasswordResetsController < ApplicationController
  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    if user
      token = SecureRandom.urlsafe_base64(32)
      user.update!(reset_token_digest: Digest::SHA256.hexdigest(token), reset_sent_at: Time.current)
      PasswordMailer.reset(user, token).deliver_later(wait: rand(1..5).seconds)
    end
    redirect_to login_path, notice: "If the address exists, we sent a link."
  end

  def new; end
end
