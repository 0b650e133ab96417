require "sinatra/base"

class DocsApp < Sinatra::Base
  PAGES = {
    "install" => "Installation",
    "usage" => "Usage"
  }.freeze

  get "/docs/:slug" do
    slug = params[:slug]
    title = PAGES[slug]
    if title.nil?
      status 404
      return "<html><body><h1>No page called #{slug}</h1><a href='/docs'>Back</a></body></html>" # LABEL: CWE-79
    end
    erb :doc, locals: { title: title }
  end
end
