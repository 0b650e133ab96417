require "sinatra/base"
require "digest"
require "securerandom"
require "json"

class ApiKeyStore
  def initialize(db)
    @db = db
  end

  def digest(secret)
    Digest::SHA1.hexdigest(secret) # LABEL: CWE-328
  end

  def issue(account_id)
    secret = SecureRandom.hex(16)
    @db[:api_keys].insert(account_id: account_id, secret_digest: digest(secret))
    secret
  end

  def valid?(secret)
    !@db[:api_keys].where(secret_digest: digest(secret)).empty?
  end
end

class KeysApp < Sinatra::Base
  post "/accounts/:id/keys" do
    content_type :json
    { key: ApiKeyStore.new(settings.db).issue(params[:id].to_i) }.to_json
  end
end
