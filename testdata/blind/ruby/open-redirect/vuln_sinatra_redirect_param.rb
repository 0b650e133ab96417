require "sinatra"

enable :sessions

get "/logout" do
  session.clear
  target = params["next"]
  target = "/" if target.nil? || target.empty?
  redirect target # LABEL: CWE-601
end
