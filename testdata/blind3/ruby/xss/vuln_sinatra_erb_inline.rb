require "sinatra/base"

class SearchApp < Sinatra::Base
  set :erb, escape_html: false

  RESULTS_TEMPLATE = <<~ERB
    <h1>Results for <%= query %></h1>
    <ul><% items.each do |i| %><li><%= i %></li><% end %></ul>
  ERB

  get "/search" do
    query = params["q"] || ""
    items = %w[apple apricot banana].grep(/#{Regexp.escape(query)}/)
    erb RESULTS_TEMPLATE, locals: { query: query, items: items } # LABEL: CWE-79
  end
end
