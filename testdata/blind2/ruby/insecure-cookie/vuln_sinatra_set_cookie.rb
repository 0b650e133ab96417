require "sinatra"
require "securerandom"

post "/login" do
  sid = SecureRandom.urlsafe_base64(32)
  response.set_cookie("sid", value: sid, path: "/", httponly: true) # LABEL: CWE-614
  redirect "/"
end
