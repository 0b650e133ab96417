class PrefsController < ApplicationController
  def remember
    user = User.find(params[:id])
    cookies[:remember_token] = user.remember_token
    redirect_to root_path
  end
end
