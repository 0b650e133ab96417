require "sinatra"
require "yaml"

post "/settings/import" do
  raw = params["file"][:tempfile].read
  settings = YAML.unsafe_load(raw) # LABEL: CWE-502
  "imported #{settings.keys.size} keys"
end
