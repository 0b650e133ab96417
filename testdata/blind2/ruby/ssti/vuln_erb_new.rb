require "sinatra"
require "erb"

post "/invoices/preview" do
  layout = params["layout"]
  customer = "ACME Corp"
  ERB.new(layout).result(binding) # LABEL: CWE-1336
end
