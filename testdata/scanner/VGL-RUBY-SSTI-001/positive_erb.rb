require 'erb'

class PreviewController < ApplicationController
  def show
    tpl = ERB.new(params[:template]) # vigil:expect VGL-RUBY-SSTI-001
    render html: tpl.result(binding)
  end
end
