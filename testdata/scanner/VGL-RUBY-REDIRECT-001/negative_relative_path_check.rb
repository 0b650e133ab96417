class SessionsController < ApplicationController
  def after
    path = params[:return_to].to_s
    if path.start_with?("/") && !path.start_with?("//")
      redirect_to path
    else
      redirect_to root_path
    end
  end
end
