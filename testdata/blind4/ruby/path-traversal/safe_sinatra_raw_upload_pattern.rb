require "sinatra/base"
require "fileutils"
require "json"

class BlobStore
  NAME_PATTERN = /\A[A-Za-z0-9_-]{1,64}\.(csv|json|txt)\z/

  def initialize(root)
    @root = root
  end

  def write(name, io)
    raise ArgumentError, "invalid file name" unless NAME_PATTERN.match?(name)

    FileUtils.mkdir_p(@root)
    target = File.join(@root, name)
    File.open(target, "wb") { |f| IO.copy_stream(io, f) }
    target
  end
end

class UploadApi < Sinatra::Base
  STORE = BlobStore.new(ENV.fetch("UPLOAD_ROOT", "/srv/uploads"))

  put "/api/files" do
    request.body.rewind
    stored = STORE.write(request.env["HTTP_X_FILE_NAME"].to_s.strip, request.body)
    status 201
    { stored: stored }.to_json
  rescue ArgumentError
    halt 400, { error: "invalid file name" }.to_json
  end
end
