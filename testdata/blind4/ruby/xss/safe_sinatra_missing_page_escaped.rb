require "sinatra/base"
require "erb"

class DocsApp < Sinatra::Base
  include ERB::Util

  PAGES = Dir[File.join(__dir__, "pages", "*.md")].to_h { |p| [File.basename(p, ".md"), p] }

  get "/docs/:slug" do
    path = PAGES[params[:slug]]
    unless path
      suggestion = params[:q] || params[:slug]
      halt 404, "<h1>Not found</h1><p>No page matches <em>#{html_escape(suggestion)}</em>.</p>"
    end
    erb :page, locals: { body: Kramdown::Document.new(File.read(path)).to_html }
  end
end
