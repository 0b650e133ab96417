require "sinatra"
require "yaml"

post "/settings/import" do
  raw = params["file"][:tempfile].read
  settings = YAML.safe_load(raw, permitted_classes: [Date])
  "imported #{settings.keys.size} keys"
end
