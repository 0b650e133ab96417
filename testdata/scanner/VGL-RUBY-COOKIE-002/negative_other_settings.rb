require 'sinatra/base'

class App < Sinatra::Base
  set :show_exceptions, false
  set :static, false
  use Rack::Session::Cookie, key: "app.session", secret: ENV.fetch("SESSION_SECRET"), secure: true
end
