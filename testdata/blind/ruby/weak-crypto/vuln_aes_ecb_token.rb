require "sinatra"
require "openssl"
require "base64"
require "json"

MODE = "aes-256-ecb"

get "/share" do
  cipher = OpenSSL::Cipher.new(MODE) # LABEL: CWE-327
  cipher.encrypt
  cipher.key = [ENV.fetch("SHARE_KEY")].pack("H*")
  data = { doc: params[:doc].to_i, exp: Time.now.to_i + 3600 }.to_json
  Base64.urlsafe_encode64(cipher.update(data) + cipher.final)
end
