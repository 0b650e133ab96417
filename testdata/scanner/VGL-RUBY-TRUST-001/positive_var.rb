class ImpersonationController < ApplicationController
  def create
    uid = params[:user_id]
    session["user_id"] = uid # vigil:expect VGL-RUBY-TRUST-001
  end
end
