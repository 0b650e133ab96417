require 'sinatra'
post '/login' do
  response.set_cookie("session", value: SecureRandom.hex(16), path: "/") # vigil:expect VGL-RUBY-COOKIE-001
  "ok"
end
