class PasswordResetsController < ApplicationController
  ALPHABET = [*"a".."z", *"0".."9"].freeze

  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    if user
      token = Array.new(24) { ALPHABET[rand(ALPHABET.size)] }.join # LABEL: CWE-338
      user.update!(reset_token_digest: Digest::SHA256.hexdigest(token), reset_sent_at: Time.current)
      PasswordMailer.reset(user, token).deliver_later
    end
    redirect_to login_path, notice: "If the address exists, we sent a link."
  end

  def new; end
end
