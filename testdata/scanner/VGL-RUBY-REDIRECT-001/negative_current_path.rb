class TrailingSlash
  def initialize(app)
    @app = app
  end

  # redirect to the page's own path without the trailing slash: stays on this site
  def call(env)
    request = Rack::Request.new(env)
    if request.path.end_with?("/") && request.path != "/"
      return [301, { "Location" => request.path.chomp("/") }, []]
    end
    @app.call(env)
  end
end

class LoginController < ApplicationController
  def require_login
    session[:return_to] = request.fullpath
    redirect_to login_path
  end
end
