require 'sinatra'

set :erb, escape_html: true

RESULTS = <<~HTML
  <h1>Results for <%= query %></h1>
HTML

get '/search' do
  q = params[:q]
  erb RESULTS, locals: { query: q }
end

get '/hello' do
  erb "<p>Hello <%= name %></p>", locals: { name: params[:name] }
end

get '/count' do
  erb "<p><%= n %></p>", locals: { n: params[:n].to_i }
end
