require 'sinatra'

set :erb, escape_html: true

get '/hello' do
  erb "<p>Hello <%== name %></p>", locals: { name: params[:name] } # vigil:expect VGL-RUBY-XSS-001
end
