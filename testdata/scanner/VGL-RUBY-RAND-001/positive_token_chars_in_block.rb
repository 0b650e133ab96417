class PasswordResetsController < ApplicationController
  LETTERS = ("A".."Z").to_a + ("a".."z").to_a + ("0".."9").to_a

  def create
    user = User.find_by(email: params[:email])
    code = Array.new(24) { LETTERS[rand(LETTERS.size)] }.join # vigil:expect VGL-RUBY-RAND-001
    user.update!(reset_token: code, reset_sent_at: Time.current)
    PasswordMailer.with(user: user).reset.deliver_later
  end
end
