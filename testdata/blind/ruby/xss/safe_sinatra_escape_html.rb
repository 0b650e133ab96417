require "sinatra"
require "rack/utils"

helpers do
  def h(text)
    Rack::Utils.escape_html(text)
  end
end

get "/hello" do
  name = params[:name]
  name = "stranger" if name.nil? || name.strip.empty?
  "<h1>Hello, #{h(name)}!</h1>"
end
