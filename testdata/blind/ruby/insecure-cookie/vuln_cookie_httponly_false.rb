# frozen_string_literal: true

class Api::SessionsController < Api::BaseController
  def create
    session_token = SessionToken.issue!(current_user)
    # The SPA reads the token from document.cookie.
    cookies.signed[:session_token] = { value: session_token, secure: true, httponly: false, same_site: :lax } # LABEL: CWE-1004
    head :created
  end
end
