class PrefsController < ApplicationController
  def update
    session[:role] = params[:role] # vigil:expect VGL-RUBY-TRUST-001
    redirect_to root_path
  end
end
