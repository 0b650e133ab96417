require 'sinatra/base'

class App < Sinatra::Base
  use Rack::Session::Cookie, key: "app.session", secret: ENV.fetch("SESSION_SECRET"), httponly: false # vigil:expect VGL-RUBY-COOKIE-002
end
