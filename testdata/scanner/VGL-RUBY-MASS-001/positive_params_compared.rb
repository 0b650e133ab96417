# `params == ...` compares, it assigns nothing: the request's params are used.
class AccountsController < ApplicationController
  def update
    return head(:bad_request) if params == {}
    params.permit! # vigil:expect VGL-RUBY-MASS-001
    current_user.update(params[:user]) # vigil:expect VGL-RUBY-MASS-001
  end
end
