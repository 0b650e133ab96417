class SessionsController < ApplicationController
  # only the first check passes on the else-branch: "//evil.example" is not rejected
  def after
    path = params[:return_to].to_s
    if path.empty? || path.include?("javascript:")
      redirect_to root_path
    else
      redirect_to path # vigil:expect VGL-RUBY-REDIRECT-001
    end
  end
end
