require "sinatra"
require "json"

before do
  content_type :json
end

post "/calc" do
  data = JSON.parse(request.body.read)
  expr = data.fetch("expr", "0")
  result = eval(expr) # LABEL: CWE-95
  { result: result }.to_json
end
