require "sinatra"

enable :sessions

helpers do
  def local_path(value)
    value.is_a?(String) && value.match?(%r{\A/(?![/\\])[^\s\\]*\z}) ? value : "/"
  end
end

get "/logout" do
  session.clear
  redirect local_path(params["next"])
end
