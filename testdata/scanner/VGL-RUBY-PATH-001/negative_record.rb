class DocsController < ApplicationController
  def show
    doc = Document.find(params[:id])
    @body = File.read(Rails.root.join("docs", "#{params[:id].to_i}.md"))
    @title = doc.title
  end
end
