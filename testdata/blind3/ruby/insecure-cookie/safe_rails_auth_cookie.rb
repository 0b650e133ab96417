class ApiSessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    return head(:unauthorized) unless user&.authenticate(params[:password])

    token = user.api_tokens.create!.token
    cookies.encrypted[:api_token] = {
      value: token,
      expires: 2.weeks.from_now,
      same_site: :lax,
      secure: true,
      httponly: true
    }
    render json: { id: user.id }
  end
end
