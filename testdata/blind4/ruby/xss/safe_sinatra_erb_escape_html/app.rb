require "sinatra/base"
require "erubi"

class HelpCenter < Sinatra::Base
  set :views, File.join(__dir__, "views")
  set :erb, escape_html: true

  get "/help/search" do
    @query = params["q"].to_s
    @query = "popular topics" if @query.strip.empty?
    @articles = Article.search(@query).limit(20)
    erb :search
  end
end
