require "sinatra"
require "fileutils"

post "/avatars" do
  upload = params["avatar"]
  name = upload[:filename]
  dest = File.join("/var/app/public/avatars", name)
  File.binwrite(dest, upload[:tempfile].read) # LABEL: CWE-22
  "saved"
end
