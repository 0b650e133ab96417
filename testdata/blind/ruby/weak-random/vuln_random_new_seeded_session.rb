require "sinatra"

RNG = Random.new(Time.now.to_i)

post "/login" do
  halt 401 unless params[:password] == ENV["KIOSK_PASSWORD"]
  token = RNG.bytes(16).unpack1("H*") # LABEL: CWE-338
  response.set_cookie("kiosk_session", value: token, httponly: true, secure: true)
  "ok"
end
