class CallbacksController < ApplicationController
  private

  def no_email_error
    msg = "You need a public email address to sign up."
    msg << " <a href='/settings/profile'>Profile</a>"
    msg.html_safe
  end
end
