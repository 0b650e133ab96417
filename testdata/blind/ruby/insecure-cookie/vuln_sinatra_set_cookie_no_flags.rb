require "sinatra"
require "securerandom"

SESSIONS = {}

post "/login" do
  halt 401 unless params[:password] == ENV["APP_PASSWORD"]
  sid = SecureRandom.hex(32)
  SESSIONS[sid] = params[:user]
  response.set_cookie("sid", value: sid, path: "/", expires: Time.now + 3600) # LABEL: CWE-614, CWE-1004
  redirect "/"
end
