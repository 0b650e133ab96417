require "sinatra/base"

class AuthApp < Sinatra::Base
  enable :sessions

  get "/login" do
    response.set_cookie("continue", value: params["continue"].to_s, path: "/", secure: true, httponly: true)
    erb :login
  end

  post "/login" do
    account = Account.authenticate(params["email"], params["password"])
    halt 401, erb(:login) unless account

    session[:account_id] = account.id
    target = request.cookies["continue"]
    target = "/home" if target.nil? || target.empty?
    redirect to(target) # LABEL: CWE-601
  end
end
