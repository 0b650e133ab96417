require "sinatra/base"
require "erb"

class DocsApp < Sinatra::Base
  include ERB::Util

  PAGES = {
    "install" => "Installation",
    "usage" => "Usage"
  }.freeze

  get "/docs/:slug" do
    slug = params[:slug]
    title = PAGES[slug]
    if title.nil?
      status 404
      return "<html><body><h1>No page called #{html_escape(slug)}</h1></body></html>"
    end
    erb :doc, locals: { title: title }
  end
end
