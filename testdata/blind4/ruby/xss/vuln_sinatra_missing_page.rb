require "sinatra/base"
require "erb"

class DocsApp < Sinatra::Base
  PAGES = Dir[File.join(__dir__, "pages", "*.md")].to_h { |p| [File.basename(p, ".md"), p] }

  helpers do
    def page_title(slug)
      ERB::Util.html_escape(slug.tr("-", " ").capitalize)
    end
  end

  get "/docs/:slug" do
    path = PAGES[params[:slug]]
    unless path
      suggestion = params[:q] || params[:slug]
      halt 404, "<h1>#{page_title(params[:slug])}</h1><p>No page matches <em>#{suggestion}</em>.</p>" # LABEL: CWE-79
    end
    erb :page, locals: { body: Kramdown::Document.new(File.read(path)).to_html }
  end
end
