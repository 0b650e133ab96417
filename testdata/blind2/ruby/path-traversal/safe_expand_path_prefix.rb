require "sinatra"

ROOT = File.expand_path("/var/app/public/avatars")

post "/avatars" do
  upload = params["avatar"]
  dest = File.expand_path(upload[:filename], ROOT)
  halt 400, "bad name" unless dest.start_with?(ROOT + File::SEPARATOR)
  File.binwrite(dest, upload[:tempfile].read)
  "saved"
end
