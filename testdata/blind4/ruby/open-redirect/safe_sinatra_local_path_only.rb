require "sinatra/base"
require "uri"

class AuthApp < Sinatra::Base
  enable :sessions

  helpers do
    def local_path(candidate)
      return "/home" if candidate.nil? || candidate.empty?
      return "/home" unless candidate.start_with?("/") && !candidate.start_with?("//") && !candidate.include?("\\")

      uri = URI.parse(candidate)
      uri.host.nil? && uri.scheme.nil? ? uri.to_s : "/home"
    rescue URI::InvalidURIError
      "/home"
    end
  end

  post "/login" do
    account = Account.authenticate(params["email"], params["password"])
    halt 401, erb(:login) unless account

    session[:account_id] = account.id
    redirect to(local_path(request.cookies["continue"]))
  end
end
