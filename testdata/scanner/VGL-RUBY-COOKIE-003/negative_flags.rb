require 'sinatra'

post '/login' do
  sid = SecureRandom.hex(16)
  response.headers["Set-Cookie"] = "sid=#{sid}; Path=/; HttpOnly; Secure; SameSite=Lax"
  "ok"
end
