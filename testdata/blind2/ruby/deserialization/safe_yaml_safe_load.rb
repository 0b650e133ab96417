require "sinatra"
require "yaml"
require "date"

post "/settings/import" do
  raw = params["file"][:tempfile].read
  settings = YAML.safe_load(raw, permitted_classes: [Date])
  halt 422, "expected a mapping" unless settings.is_a?(Hash)
  "imported #{settings.keys.size} keys"
end
