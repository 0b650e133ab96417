# frozen_string_literal: true

class SafeSessionsController < ApplicationController
  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    return render(:new, status: :unprocessable_entity) unless user

    session[:user_id] = user.id
    # url_from returns nil unless the URL points at this application's own host.
    redirect_to url_from(params[:return_to]) || root_path
  end
end
