# frozen_string_literal: true

class SafeRememberMeController < ApplicationController
  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    return head(:unauthorized) unless user

    cookies.encrypted[:remember_token] = {
      value: user.generate_remember_token!,
      expires: 30.days,
      secure: true,
      httponly: true,
      same_site: :lax
    }
    redirect_to root_path
  end
end
