require "sinatra"
require "logger"

LOG = Logger.new($stdout)

get "/r" do
  target = request.env["HTTP_X_FORWARD_TO"] || params["u"]
  LOG.info("outbound click")
  redirect target # LABEL: CWE-601
end
