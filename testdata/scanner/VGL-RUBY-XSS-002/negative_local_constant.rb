class CallbacksController < ApplicationController
  private

  def no_email_error
    msg = "You need a public email address to sign up."
    msg << " <a href='/settings/profile'>Profile</a>"
    msg.html_safe
  end
end

module SelectHelper
  def build_options(select_options)
    (select_options.join("\n") + "\n").html_safe
  end

  def raw(stringish)
    stringish.to_s.html_safe
  end
end
