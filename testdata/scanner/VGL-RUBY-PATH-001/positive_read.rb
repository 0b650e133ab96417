class DocsController < ApplicationController
  def show
    path = Rails.root.join("docs", params[:page])
    render html: File.read(path) # vigil:expect VGL-RUBY-PATH-001
  end
end
