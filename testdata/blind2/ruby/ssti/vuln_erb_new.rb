require "sinatra"
require "erb"

set :bind, "127.0.0.1"

post "/invoices/preview" do
  layout = params["layout"]
  customer = "ACME Corp"
  ERB.new(layout).result(binding) # LABEL: CWE-1336
end
