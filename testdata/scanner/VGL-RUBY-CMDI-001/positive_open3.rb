require "open3"

class ArchivesController < ApplicationController
  def extract
    out, _status = Open3.capture2("tar xf " + params[:archive]) # vigil:expect VGL-RUBY-CMDI-001
    report = open("|wc -l #{params[:file]}").read # vigil:expect VGL-RUBY-CMDI-001
    render plain: out + report
  end
end
