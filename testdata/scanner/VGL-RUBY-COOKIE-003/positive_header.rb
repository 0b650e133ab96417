require 'sinatra'
require 'securerandom'

post '/login' do
  sid = SecureRandom.hex(16)
  response.headers["Set-Cookie"] = "sid=#{sid}; Path=/" # vigil:expect VGL-RUBY-COOKIE-003
  "ok"
end
