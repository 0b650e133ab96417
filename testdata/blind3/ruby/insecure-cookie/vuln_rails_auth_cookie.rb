class ApiSessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    return head(:unauthorized) unless user&.authenticate(params[:password])

    token = user.api_tokens.create!.token
    cookies[:api_token] = { value: token, expires: 2.weeks.from_now, same_site: :lax } # LABEL: CWE-614, CWE-1004
    render json: { id: user.id }
  end

  def destroy
    cookies.delete(:api_token)
    head :no_content
  end
end
