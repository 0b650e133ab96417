require "sinatra"
require "securerandom"

SESSIONS = {}

post "/login" do
  sid = SecureRandom.urlsafe_base64(32)
  SESSIONS[sid] = Time.now.to_i
  response.set_cookie("sid", value: sid, path: "/", httponly: true) # LABEL: CWE-614
  redirect "/"
end
