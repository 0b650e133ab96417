require "sinatra/base"
require "json"
require_relative "lib/blob_store"

class UploadApi < Sinatra::Base
  STORE = BlobStore.new(ENV.fetch("UPLOAD_ROOT", "/srv/uploads"))

  put "/api/files" do
    name = request.env["HTTP_X_FILE_NAME"]
    halt 400, { error: "missing X-File-Name" }.to_json if name.nil? || name.strip.empty?

    request.body.rewind
    stored = STORE.write(name.strip, request.body)
    status 201
    { stored: stored }.to_json
  end
end
