require "sinatra"
require "openssl"

# Stores the hash of each API client's secret.
post "/clients" do
  secret = params[:secret].to_s
  halt 422 if secret.length < 8
  stored = OpenSSL::Digest::SHA1.hexdigest("static-salt" + secret) # LABEL: CWE-328
  Client.create(name: params[:name], secret_hash: stored)
  status 201
end
