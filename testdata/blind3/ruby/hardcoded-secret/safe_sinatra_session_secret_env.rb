require "sinatra/base"
require "json"

class AccountApp < Sinatra::Base
  SECRET_ENV = "SESSION_SECRET".freeze

  enable :sessions
  set :session_secret, ENV.fetch(SECRET_ENV)
  set :sessions, httponly: true, secure: true, same_site: :lax

  get "/me" do
    halt 401 unless session[:account_id]
    content_type :json
    { id: session[:account_id] }.to_json
  end
end
