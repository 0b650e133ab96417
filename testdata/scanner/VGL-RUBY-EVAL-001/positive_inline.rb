class PreviewController < ApplicationController
  def show
    template = "<h1>#{params[:title]}</h1>"
    render inline: template # vigil:expect VGL-RUBY-EVAL-001
  end

  def define
    Report.class_eval("def #{params[:name]}; end") # vigil:expect VGL-RUBY-EVAL-001
  end
end
