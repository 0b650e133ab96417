require "sinatra"
require "yaml"
require "date"

post "/settings/import" do
  raw = params["file"][:tempfile].read
  settings = YAML.unsafe_load(raw) # LABEL: CWE-502
  halt 422, "expected a mapping" unless settings.is_a?(Hash)
  "imported #{settings.keys.size} keys"
end
