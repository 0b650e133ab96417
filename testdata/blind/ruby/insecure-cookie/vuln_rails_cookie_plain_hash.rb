# frozen_string_literal: true

class RememberMeController < ApplicationController
  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    return head(:unauthorized) unless user

    token = user.generate_remember_token!
    cookies[:remember_token] = { value: token, expires: 30.days } # LABEL: CWE-614, CWE-1004
    redirect_to root_path
  end
end
