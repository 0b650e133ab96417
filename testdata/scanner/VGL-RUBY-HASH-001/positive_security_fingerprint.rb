class PinningClient
  # a certificate fingerprint pins the server: MD5 collisions defeat it
  def verify_peer(cert)
    cert_fingerprint = Digest::MD5.hexdigest(cert.to_der) # vigil:expect VGL-RUBY-HASH-001
    cert_fingerprint == PINNED
  end
end

class TokensController < ApplicationController
  def create
    authorize current_user
    etag_seed = SecureRandom.hex
    token = Digest::MD5.hexdigest("#{current_user.id}-#{etag_seed}") # vigil:expect VGL-RUBY-HASH-001
    render json: { token: token }
  end
end
