require 'sinatra'

# Sinatra's ERB does not escape <%= %> unless escape_html is set
set :erb, escape_html: false

RESULTS = <<~HTML
  <h1>Results for <%= query %></h1>
HTML

get '/search' do
  q = params[:q]
  erb RESULTS, locals: { query: q } # vigil:expect VGL-RUBY-XSS-001
end

get '/hello' do
  erb "<p>Hello <%= name %></p>", locals: { name: params[:name] } # vigil:expect VGL-RUBY-XSS-001
end
