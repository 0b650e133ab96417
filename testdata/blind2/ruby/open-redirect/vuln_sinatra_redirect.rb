require "sinatra"

get "/r" do
  target = request.env["HTTP_X_FORWARD_TO"] || params["u"]
  redirect target # LABEL: CWE-601
end
