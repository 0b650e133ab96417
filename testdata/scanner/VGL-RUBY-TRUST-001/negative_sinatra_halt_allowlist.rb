require 'sinatra'
enable :sessions
post '/theme' do
  theme = params[:theme]
  halt 400 unless %w[light dark].include?(theme)
  session[:theme] = theme
  "ok"
end
