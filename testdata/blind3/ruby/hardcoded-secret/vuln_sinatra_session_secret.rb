require "sinatra/base"
require "json"

class AccountApp < Sinatra::Base
  enable :sessions
  set :session_secret, "8c1f0e7a2b9d4c6e5f3a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e" # LABEL: CWE-798
  set :sessions, httponly: true, secure: true, same_site: :lax

  get "/me" do
    halt 401 unless session[:account_id]
    content_type :json
    { id: session[:account_id] }.to_json
  end

  post "/logout" do
    session.clear
    redirect "/"
  end
end
