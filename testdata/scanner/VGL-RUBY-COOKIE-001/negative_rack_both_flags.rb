require 'sinatra'
post '/login' do
  response.set_cookie("session", value: SecureRandom.hex(16), path: "/", httponly: true, secure: true)
  "ok"
end
