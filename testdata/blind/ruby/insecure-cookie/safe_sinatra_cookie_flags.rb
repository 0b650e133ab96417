require "sinatra"
require "securerandom"

configure :production do
  set :force_ssl, true
end

post "/login" do
  halt 401 unless params[:password] == ENV["APP_PASSWORD"]
  sid = SecureRandom.hex(32)
  response.set_cookie("sid", value: sid, path: "/", secure: true, httponly: true, same_site: :strict)
  redirect "/"
end
