class PrefsController < ApplicationController
  def remember
    user = User.find(params[:id])
    cookies[:remember_token] = user.remember_token # vigil:expect VGL-RUBY-COOKIE-001
    redirect_to root_path
  end
end
